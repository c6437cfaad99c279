"""Roles as the article prints them: what each entity is said to be.

Four shapes, read off the parse and the surface:

* pre-modifiers: "billionaire and SpaceX founder Elon Musk", "U.S. President Donald Trump";
* appositives on either side: "Roscosmos, Russia's space agency", "Russia's space agency, Roscosmos",
  "the Russian Union of Industrialists and Entrepreneurs, a major business lobby", a person's role
  above the organisation the name hangs off ("the head of the Steel Producers Association, Ivo
  Marek"), and a bracketed gloss "[Russia's nuclear agency] Rosatom";
* predicates: "who serves as a senior advisor to …", "appointed Dmitriev as his special envoy for …",
  "Dmitriev is the head of …".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.nlp.entities import HONORIFICS, Cluster, token_index

_LEADING_SKIP = {"DET", "PRON", "ADV", "PUNCT", "CCONJ"}
_PREMOD_POS = {"NOUN", "PROPN", "ADJ", "CCONJ", "PART", "NUM"}
_APPOINT = {"appoint", "name", "elect", "nominate", "make", "choose", "select", "designate", "tap", "install"}
_SERVE = {"serve", "act", "work", "function"}
_COPULA = {"be", "become", "remain"}
_NO_LONGER = frozenset({"former", "onetime", "one-time", "erstwhile", "retired", "ex"})


def assigns_role(verb: Token) -> bool:
    """ "appointed Dmitriev as his special envoy", "named her chief of staff": a role given, not a statement."""
    return verb.lemma_.lower() in _APPOINT and any(
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def is_role_noun(token: Token) -> bool:
    """A word for what a person is or does: an office or title ("the minister") or an occupation."""
    return _in_lexicon(token, "person_roles") or is_occupation(token)


def is_occupation(token: Token) -> bool:
    """ "the pharmacist", "nurses": what people do for a living, who speak for themselves, not their employer."""
    return _in_lexicon(token, "occupations")


def _in_lexicon(token: Token, name: str) -> bool:
    words = lexicons.words(name)
    return token.lower_ in words or token.lemma_.lower() in words or lexicons.unaccented(token.lower_) in words


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range without leading determiners, possessive pronouns and adverbs, or trailing punctuation."""
    while start < end and (doc[start].pos_ in _LEADING_SKIP or doc[start].tag_ == "PRP$"):
        start += 1
    while end > start and doc[end - 1].pos_ in ("PUNCT", "CCONJ"):
        end -= 1
    # "Fiona Marchant, Science correspondent / The archaeologist who led …": a role ends with its line.
    end = next((t.i for t in doc[start:end] if t.is_space and "\n" in t.text), end)
    while end > start and doc[end - 1].pos_ in ("PUNCT", "CCONJ", "SPACE"):
        end -= 1
    # "advisor to Vice President (then-Senator) Joseph R. Biden": a bracket the role does not close
    # is left out with what it opens.
    opened = [t.i for t in doc[start:end] if t.text in ("(", "[")]
    if opened and not any(t.text in (")", "]") for t in doc[opened[-1] : end]):
        return _trimmed(doc, start, opened[-1]) if opened[-1] > start else None
    return (start, end) if end > start else None


def _held_no_longer(span: Span) -> bool:
    """ "former Air Force pilot", "the bank's ex-chairman", "a retired judge": a title that says its holder no
    longer holds it (not "ambassador to the former Soviet Union", where "former" is the country's)."""
    if any(t.lower_ in ("ex", "then") and t.nbor().text in ("-", "\u2013") and not t.whitespace_
           for t in span[:-1]):
        return True
    return any(t.lower_ in _NO_LONGER and (t.head == span.root or is_role_noun(t.head)) for t in span)


def _add(doc: Doc, cluster: Cluster, start: int, end: int, *, former: bool = False) -> None:
    trimmed = _trimmed(doc, start, end)
    if trimmed is None:
        return
    span = doc[trimmed[0] : trimmed[1]]
    if len(span) > 20 or not any(t.is_alpha for t in span):  # "3%" is a share, not a role
        return
    # "three racehorses, a Porsche and a villa", "their children, Francesca, Luca and Isobel, and seven
    # grandchildren": a counted plural beside a name is a list it stands in, not what it is.
    if span.root.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in span.root.children):
        return
    cluster.add_role(span.text, span.start_char, span.end_char, former=former or _held_no_longer(span))


def _premodifiers(doc: Doc, cluster: Cluster, start: int) -> None:
    # ("the band’s bassist and Adair’s friend": a name after "and" is joined to the phrase, not titled by it.)
    if start > 0 and doc[start - 1].pos_ == "CCONJ":
        return
    i = start
    # (A role word the tagger took for a verb is still a modifier: "Magicians captain Grace Tuilagi".)
    # (and a word joined by a hyphen: "six-time All-Star guard Jalen Okafor")
    while i > 0 and (doc[i - 1].pos_ in _PREMOD_POS or doc[i - 1].tag_ == "POS" or doc[i - 1].dep_ == "compound"
                     and is_role_noun(doc[i - 1]) or _joining_hyphen(doc, i - 1)) and doc[i - 1].text != ",":
        if doc[i - 1].is_sent_start:
            i -= 1
            break
        i -= 1
    # "Opposition leader Cllr Sarah Penrose": the title before the name is how she is addressed; the role is
    # what comes before it.
    start = max(i, _before_titles(doc, start))
    if i == start:
        return
    piece_start = i
    for k in range(i, start + 1):
        if k == start or doc[k].pos_ == "CCONJ":
            if k > piece_start and is_role_noun(doc[k - 1]):
                _add(doc, cluster, piece_start, k)
            piece_start = k + 1


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining the words either side ("six-time")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _np_after(doc: Doc, comma: int) -> int | None:
    """End of a noun phrase that starts after ``comma`` and is closed by a comma, full stop or bracket."""
    k = comma + 1
    # ", on the other hand,", ", in a statement,": an adverbial, not a noun phrase; ", and …" goes on a list.
    if k < len(doc) and doc[k].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ"):
        return None
    saw_noun = False
    while k < len(doc) and doc[k].text not in (",", ".", ";", ")", "]", "—", "–"):
        # ("Renata Solberg, a former Air Force pilot who ran safety at …", "a headache specialist at the Elbe
        # Headache Centre in Hamburg who was not involved": the phrase before its clause.)
        if doc[k].lower_ in ("who", "whose") and saw_noun and doc[k - 1].pos_ in ("NOUN", "PROPN") \
                and any(is_role_noun(t) for t in doc[comma + 1 : k]):
            return k
        # ("Marisol Fuentes, whose husband, Luis Araya, …": a relative clause; the husband is another person.)
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("who", "whose", "which", "that"):
            return None
        saw_noun = saw_noun or doc[k].pos_ == "NOUN" or is_role_noun(doc[k])
        k += 1
    if k == comma + 1 or not saw_noun or k >= len(doc) or k - comma > 16:
        return None
    # (A name may end in a number: "president of Machinists Local 12".)
    return k if doc[k - 1].pos_ in ("NOUN", "PROPN") or doc[k - 1].pos_ == "NUM" and doc[k - 2].pos_ == "PROPN" \
        else None


def _appositives(doc: Doc, cluster: Cluster, start: int, end: int, index: dict[int, Cluster]) -> None:
    # "Anna Berg, 54, the head of the Nordic Bank": an age between the name and its role.
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2
    if end < len(doc) and doc[end].text == ",":
        np_end = _np_after(doc, end)
        if np_end is not None:
            phrase = doc[end + 1 : np_end]
            # Up to its first preposition, a role names no other entity ("chief executive of Nordlys" is fine),
            # but for whose it is ("Luftstern, Germany's second-largest airline").
            head_part = phrase[: next((k for k, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))]
            if any(is_role_noun(t) for t in head_part) or not any(
                    t.i in index and t.dep_ != "poss" and t.tag_ != "POS" for t in head_part):
                _add(doc, cluster, end + 1, np_end)
    root = doc[start:end].root
    head = root.head
    # "The head of the Steel Producers Association, Ivo Marek", "the président of the café association,
    # Rémi Lefèvre": the appositive hangs off the organisation, the role is the person's noun above it.
    holder = _role_above(head) if cluster.type == "PERSON" and root.dep_ == "appos" else None
    # A comma joins a role to its name; "ports on the coast - especially Bergen" lists an example.
    if root.dep_ == "appos" and (head.pos_ == "NOUN" or is_role_noun(head) or holder is not None) and head.i < start \
            and not any(
            t.text in ("-", "\u2013", "\u2014") and (t.whitespace_ or doc[t.i - 1].whitespace_)
            for t in doc[head.i : start]):
        # "the object of Trump's admiration, Vladimir Putin": the whole phrase, not its last noun (but
        # "the head of Russia's space agency, Roscosmos": the agency).
        top = holder or head
        while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" and not (
                is_role_noun(top) or top.lower_ in lexicons.words("org_nouns")):
            top = top.head.head
        # Up to the comma before the name, so the phrase keeps what follows its noun ("the prefect of the
        # Haut-Vernon department, Mathilde Osei-Brunel") and leaves the name's own title ("Dr.").
        comma = next((t.i for t in reversed(doc[head.i : start]) if t.text == ","), None)
        role_end = comma if comma is not None else head.i + 1
        # ("Its first single has been streamed 48 million times, according to the band’s label, Hollow Oak
        # Records": the parse hung the name off the clause's subject; a verb the noun does not govern ends
        # the phrase before it began.)
        # (and a noun that is no role joins a name only over a comma, or a bracket: not "Parents in Corliss call
        # Dr. Beverly Tate "Doc Bev."", which the parse read as a list of nouns)
        joined = comma is not None or is_role_noun(top) or holder is not None \
            or doc[start - 1].text in ("]", ")") or cluster.type != "PERSON"
        if joined and not any(t.pos_ in ("VERB", "AUX") and not top.is_ancestor(t)
                              for t in doc[top.left_edge.i : role_end]):
            _add(doc, cluster, top.left_edge.i, role_end)
    # "Asked by the senior coroner, Alison Treloar, why …", "The committee's chair, Sen. Dolores Ambry, held
    # up …": an apposition the parse missed (a title before the name is the name's, not the role's).
    elif cluster.type == "PERSON" and root.dep_ != "appos" \
            and (named := _before_titles(doc, start)) >= 3 and doc[named - 1].text == "," \
            and end < len(doc) and doc[end].text in (",", ".") and (noun := doc[named - 2]).tag_ == "NN" \
            and is_role_noun(noun) and noun.left_edge.lower_ == "the" \
            and all(noun.is_ancestor(t) for t in doc[noun.left_edge.i : noun.i]):
        _add(doc, cluster, noun.left_edge.i, noun.i + 1)
    # "[Russia's nuclear agency] Rosatom"
    if start >= 3 and doc[start - 1].text in ("]", ")"):
        opening = next((k for k in range(start - 2, max(-1, start - 10), -1) if doc[k].text in ("[", "(")), None)
        if opening is not None:
            _add(doc, cluster, opening + 1, start - 1)


def _before_titles(doc: Doc, start: int) -> int:
    """Where a name starting at ``start`` starts with the titles printed before it ("Sen.", "Dr")."""
    while start > 0 and f"{doc[start - 1].lower_.rstrip('.')}." in lexicons.words("person_roles") | HONORIFICS:
        start -= 1
    return start


def _role_above(noun: Token) -> Token | None:
    """The person-role noun an "of" chain climbs to from ``noun`` ("head" from "Association" in "the head
    of the Steel Producers Association"), if any."""
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head
        if is_role_noun(top):
            return top
    return None


def _predicates(doc: Doc, cluster: Cluster, start: int, end: int) -> None:
    root = doc[start:end].root
    subject_verbs = []
    if root.dep_ in ("nsubj", "nsubjpass"):
        subject_verbs.append(root.head)
    for child in root.children:  # "Musk, who serves as …"
        if child.dep_ == "relcl":
            subject_verbs.append(child)
    for verb in subject_verbs:
        lemma = verb.lemma_.lower()
        # "who served as ambassador until 2019", "was a senator before she joined the bank", "had been chief
        # executive": what someone was, the article does not say they still are (but "became" is what they are).
        held = lemma in ("be", *_SERVE) and _past(verb)
        if lemma in _SERVE:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            _add(doc, cluster, pobj.left_edge.i, pobj.right_edge.i + 1, former=held)
        if lemma in _COPULA:
            for attr in verb.children:
                if attr.dep_ == "attr" and is_role_noun(attr):
                    _add(doc, cluster, attr.left_edge.i, attr.right_edge.i + 1, former=held)
        # "Ray Castellanos, in his second season as manager, said": the post whose tenure the subject is in.
        for tenure in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                       if p.dep_ == "pobj" and p.lemma_.lower() in _TENURES
                       and any(o.dep_ == "poss" and o.lower_ in ("his", "her", "their") for o in p.children)):
            for prep in tenure.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and is_role_noun(pobj):
                            # ("in his time as chancellor": one looked back on)
                            _add(doc, cluster, pobj.left_edge.i, pobj.right_edge.i + 1,
                                 former=tenure.lemma_.lower() in _TENURES_LOOKED_BACK_ON)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _APPOINT:
        verb = root.head
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        _add(doc, cluster, pobj.left_edge.i, pobj.right_edge.i + 1)
            elif child.dep_ == "oprd":
                _add(doc, cluster, child.left_edge.i, child.right_edge.i + 1)


_TENURES = frozenset({"season", "year", "term", "month", "week", "stint", "spell", "tenure", "time"})
_TENURES_LOOKED_BACK_ON = frozenset({"stint", "spell", "tenure", "time"})


def _past(verb: Token) -> bool:
    """ "was", "served", "had been": a verb in the simple past or the past perfect (not "has served since")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lemma_ == "have" for a in auxiliaries):
        return any(a.tag_ == "VBD" for a in auxiliaries)
    return verb.tag_ == "VBD" and not auxiliaries


_WORKS = frozenset({"novel", "book", "film", "movie", "album", "song", "play", "series", "documentary", "memoir",
                    "painting", "opera", "musical", "poem", "single", "podcast", "biography", "collection"})


def assign_roles(doc: Doc, clusters: list[Cluster]) -> None:
    index = token_index(clusters)
    for cluster in clusters:
        for m in cluster.mentions:
            if cluster.type == "PERSON":
                _premodifiers(doc, cluster, m.start)
                _predicates(doc, cluster, m.start, m.end)
            # A country, state or city beside a noun phrase ("NATO members on Russia's western borders
            # - especially Poland") is mostly listed, not described; a group ("Polish Americans") holds
            # no title.
            if cluster.type not in ("NORP", "GPE"):
                _appositives(doc, cluster, m.start, m.end, index)
        # "Mara Quinlan's fourth novel, The Salt Ledger": what the article calls it makes a title a work.
        if cluster.type != "PERSON" and any(r.title.split()[-1].lower() in _WORKS for r in cluster.roles):
            cluster.type = "WORK_OF_ART"
