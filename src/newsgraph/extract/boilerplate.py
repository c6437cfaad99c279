"""Text-level boilerplate: what HTML extractors keep because it is written as ordinary paragraphs.

Two kinds of cut, by general rules (never by outlet name):

* single lines that are page furniture wherever they stand: "Read more: …", "Related: …" (and the
  headline list under such a heading), newsletter and subscribe prompts, share/follow lines, app and
  comment prompts, photo credits, copyright lines, reading-time and listen bars, "Advertisement",
  "Story continues below advertisement", generic "This story has been updated" notices,
  comment counters, tip lines ("Got photos of the storm? Send them to …"), "Remind me later", calls to
  action ("Make a contribution →"), metered-paywall counters ("You have 2 free articles left this month");
* appeal blocks: a header such as "A Message from …:", "Dear readers," or "Before you go" opens a
  block that runs on while its paragraphs speak the appeal's language (support, donate, subscribe,
  membership, "we/our", journalism, what reporting costs);
* the sign-off: at the very end only, author bio and contact lines ("X covers … for the Courier. Reach
  her at …"), republishing and network-membership notes, peeled back from the end while they last.

The result keeps every other character of the input as it was, so the article text is the input with
the removed stretches cut out, and each removed stretch is reported with its offsets into the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.model import Removed

# A related-links heading standing alone on its line; the headlines listed under it go with it.
RELATED_HEADING = (r"^\s*(read (more|also|next)|related( (stories|articles|coverage|content|links))?|see also"
                   r"|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|also read"
                   r"|further reading|trending( now| stories)?|you (may|might) also like|more stories|top stories"
                   r"|popular now|editor['’]?s? picks?|latest (news|stories)|more (from|on) [^.:]{1,40}"
                   r"|more (?-i:[A-Z][A-Za-z]+)( (?-i:[A-Z][A-Za-z]+))?)\s*:?\s*$")

_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}"
_NOT_A_NAME = (r"(?!(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
               r"|April|May|June|July|August|September|October|November|December|Then|Now|Law|Order)\b)")
#: A byline on its own line: "By" and one to three names, then perhaps where they write from ("in Puerto
#: Alto") or ", Their Role".
BYLINE = (rf"^\s*(?i:by)[ \t]+{_NOT_A_NAME}(?P<names>{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NOT_A_NAME}{_NAME}){{0,2}})"
          r"(?:[ \t]+in[ \t]+[A-Z][\w'\u2019.-]+(?:[ \t]+(?:(?:de|del|la|da|do|dos|di|du|van|von|al|el|y)[ \t]+)?"
          r"[A-Z][\w'\u2019.-]+){0,3})?"
          r"(?:[ \t]*[,|\u2013\u2014-][ \t]*[\w ,'\u2019&/-]{0,60})?[ \t]*$")
#: A credits line: "Words: Aoife Brennan | Photographs: Ciarán Doyle", "Text by Ana Silva, pictures by Per Lunde".
CREDITS = (rf"^\s*(?i:words|text|story|reporting)(?:[ \t]+(?i:and|&)[ \t]+(?i:photos?|photographs|pictures))?"
           rf"[ \t]*(?::|(?i:by))[ \t]+(?P<names>{_NAME})"
           rf"(?:[ \t]*[|,;\u00b7\u2022][ \t]*(?i:photos?|photographs?|pictures?|images?|video|graphics|illustrations?)"
           rf"[ \t]*(?::|(?i:by))[ \t]+{_NAME})*[ \t]*$")
#: A byline that names the writer's job instead of saying "By": "Fiona Marchant, Science correspondent".
DESK_BYLINE = (rf"^\s*{_NOT_A_NAME}(?P<names>{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NOT_A_NAME}{_NAME}){{0,2}}),[ \t]+"
               r"(?:[\w'\u2019&-]+[ \t]+){0,4}"
               r"(?i:correspondent|reporter|editor|writer|columnist|journalist)s?[ \t]*$")
# One word of a printed date and time: "12.09.2026", "14:20", "6.41pm", "April", "Tuesday", "a.m.", "GMT".
_DATE_OR_TIME_WORD = (r"(\d{1,4}([.:/-]\d{1,4}){0,2}\s?([ap]\.?m\.?)?|(mon|tues|wednes|thurs|fri|satur|sun)day"
                      r"|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|may|[ap]\.m\.|at|on"
                      r"|gmt|bst|utc|[a-z]{1,3}t)")
# What a page puts between the items of one metadata line: "By Ana Silva | Published 6 June 2024".
METADATA_SEPARATOR = re.compile(r"[ \t]+[|\u00b7\u2022][ \t]+")
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z])")
_HEADING_ONLY = re.compile(RELATED_HEADING + r"|^\s*[^:]{1,40}:\s*$", re.I)
# A listed headline: perhaps a bullet, a capital, a few words, no full stop at its end (a quotation may end it,
# not one that ends a sentence).
_HEADLINE = re.compile(r"^\s*([-–›•▸»>]\s*)?[A-Z0-9‘'\"“„«][^\n]{8,140}(?<![.!?:;,])(?<![.!?:;,][\"”’])\s*$")

_RELEASE_SPEAKS = re.compile(r"\s*(this|the) (press |news )?release (contains|includes|may contain)", re.I)
_SAFE_HARBOUR_HEADING = re.compile(r"^\s*(cautionary (note|statement) regarding )?(forward[- ]looking statements"
                                   r"|safe harbou?r( statement)?)\s*:?\s*$", re.I)
#: The legal notice under a press release's "Forward-Looking Statements".
_SAFE_HARBOUR = re.compile(r"^(?=.*\bforward[- ]looking statements?\b)(?=.*\b(private securities litigation reform"
                           r"|undertakes? no obligation|actual results (may|could) differ))", re.I)

_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("related-link", re.compile(
        r"^\s*(read (more|also|next)|related( (stories|articles|coverage|content))?|see also|more (from|on|about)"
        r"|recommended( for you)?|most (read|popular)|also read|further reading|trending( now)?|watch|listen"
        r"|explore more( on (this|these) (topics?|stor(y|ies)))?)"
        r"\s*[:|>»–—-]", re.I)),
    ("related-link", re.compile(r"^\s*(read (more|the rest|the full story)( here)?|continue reading|click here\b.*)"
                                r"\s*[.…»>]*\s*$", re.I)),
    # (one sentence, or a short line: "Subscribe now and you will pay $9.99 a month, up from $7.99. Existing
    # customers …" reports a price)
    ("newsletter", re.compile(
        r"^(?=.{0,100}$|[^.!?]*[.!?]?\s*$)\s*(sign up|subscribe|get (our|the) .{0,40}newsletter"
        r"|get [^,.]{2,40}, (our|the|a) .{0,40}newsletter"
        r"|join (our|the) .{0,30}(newsletter|mailing list)"
        r"|enter your e-?mail|already a subscriber|want more .{0,40}\? sign up)\b", re.I)),
    ("newsletter", re.compile(r"\bnewsletter\b.{0,80}\b(sign up|subscribe|inbox|e-?mail)\b", re.I)),
    # ("Members can subscribe to the museum's newsletter" tells of one; an ask opens its sentence.)
    ("newsletter", re.compile(r"^(?=.{0,250}$)(.*[.!?:]\s+|\s*|.*\b(you can|please|and)\s+)(sign up|subscribe)"
                              r"( now| today)? (for|to) (our|the)\b.{0,60}\bnewsletters?\b", re.I)),
    ("newsletter", re.compile(r"^\s*privacy (notice|policy)\s*:.{0,200}$", re.I)),
    # A newsletter's pitch that ends on the button: "The Patch Report: the week's biggest flaws, every Friday.
    # Subscribe" (saying how often, where or for how much: not "Harris: Volunteers are our backbone. Sign up!").
    ("newsletter", re.compile(r"^(?=.{0,200}$)"
                              r"(?=.*\b(every|daily|weekly|inbox|newsletter|free|a month|a year)\b|.*[$€£])"
                              r"\s*[^:.!?\n]{2,60}:\s.*[.!?]\s+(sign up|subscribe)( now| today| here| for free)?"
                              r"\s*[→»>!.]*\s*$", re.I)),
    # An offer to the reader: "Get the Harbour Brief in your inbox every Friday", "Get the e-paper on your phone".
    ("newsletter", re.compile(r"^(?=.{0,200}$)(.*[.!?|]\s+)?(get|receive)\s.{0,80}\b(in|to|on) your (inbox|phone)\b",
                              re.I)),
    # The paper telling of its newsletter ("Our sports newsletter, Tideline, arrives every Friday.") or its
    # heading over a sign-up box ("NEWSLETTER").
    ("newsletter", re.compile(r"^(?=.{0,160}$)(?![^\n]*[\"\u201c\u201d])[^.!?\n]*(\bour\b[^.!?\n]*\bnewsletter\b"
                              r"|\bnewsletter\b[^.!?\n]*\barrives\b)[^.!?\n]*[.!?]?\s*$", re.I)),
    ("newsletter", re.compile(r"^\s*(our )?newsletters?:?\s*$|^\s*we use your sign-?up\b.{0,300}$", re.I)),
    # A pitch for the paper that ends on its button ("… independent news site. Subscribe for €5 a month.").
    ("appeal", re.compile(r"^(?=.{0,250}$)(?=.*\b(news|newspaper|journalism|e-?paper|edition|briefing|site|app)\b)"
                          r".*[.!?]\s+(subscribe|sign up)( now| today| here)?( for [^.!?]{0,30})?[.!]?\s*$", re.I)),
    # The rest of a sign-up box: "… delivered to your inbox every morning. Enter your email address",
    # "By signing up you agree to our Terms of Use and Privacy Policy."
    ("newsletter", re.compile(r"^(?=.{0,250}$)(.*\b(delivered|straight|direct(ly)?) to your inbox\b"
                              r"|.*\benter your e-?mail( address)?\b"
                              r"|\s*by (signing up|subscribing|registering|clicking[^.]{0,30}),? you\b"
                              r".*\b(terms|privacy)\b)", re.I)),
    # Wire-service credits: "(Reporting by Richa Naidu in London; Editing by Jane Merriman)", "Associated
    # Press writer Sam Keller in Las Vegas contributed to this report."
    ("wire-credit", re.compile(r"^(?=.{0,200}$)[^.]*(\.[^.]+)?\bcontributed( reporting)? to this (report|story|article)"
                               r"\.?\s*$", re.I)),
    ("wire-credit", re.compile(r"^\s*\((additional |further )?(reporting|writing|editing|compiled|research|graphics)"
                               r"( and \w+)? by [^()]{2,300}\)\s*$"
                               r"|^\s*(additional )?(reporting|writing) by [^.;]{2,100}; "
                               r"((additional )?(reporting|writing|editing) by [^;]{2,100}(;\s*|\.?\s*$)){1,4}$",
                               re.I)),
    ("share", re.compile(r"^\s*(share (this|on|via)|share\s*:\s*(facebook|twitter|x|e-?mail|whatsapp|linkedin)"
                         r"|follow us\b|like us on|tweet this|share$|print$"
                         r"|(facebook|twitter|linkedin|whatsapp|email)"
                         r"( \| (facebook|twitter|linkedin|whatsapp|email))+)", re.I)),
    # A row of share buttons flattened to their names: "Facebook  Twitter  WhatsApp  Email", "Share  Facebook  X".
    ("share", re.compile(r"^\s*((share|facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|telegram|messenger"
                         r"|copy link|print|flipboard|bluesky|threads|mastodon|sms)\s*[|·•/,]?\s*){2,}$", re.I)),
    ("photo-credit", re.compile(r"^\s*((photo|image|picture|video|graphic)s?( credit| by)?|credit|©|\(c\))"
                                r"\s*[:|©].{0,120}$", re.I)),
    ("photo-credit", re.compile(r"^.{0,160}\((photo|image|picture)s?( credit)?\s*[:/]?[^)]{0,80}\)\s*$", re.I)),
    # A caption ending in its credit: "Herrera celebrates his second goal. Photograph: Dan Reyes/Agency".
    ("photo-credit", re.compile(r"^.{0,240}[.!?]\s+(photograph|photo|picture|image|illustration)( credit)?\s*:"
                                r"\s*(?-i:[A-Z])[^.!?]{1,80}$", re.I)),
    ("photo-credit", re.compile(r"^\s*[^.!?]{0,120}/\s*(getty images|reuters|ap photo|afp|shutterstock|epa)\s*$",
                                re.I)),
    # A caption ending in its credit in brackets, a name and an outlet: "… outside the church on Saturday. (Javier
    # Ortega / Pilsen Weekly)" (not a quotation's: "“…,” she said. (Speaking to Jo Reed / BBC Radio Leeds)").
    ("photo-credit", re.compile(r"^(?!.*[\"“”])(?=.{0,240}$).*[.!?]\s+\((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+\s*/"
                                r"\s*[A-Z][^)]{1,60}\)\s*$")),
    ("related-link", re.compile(
        r"^\s*(don['’]t miss|(?i:also on) (?-i:[A-Z][^:]{0,39})|more (stories|news|coverage)|related stor(y|ies)"
        r"|more on this (story|topic|subject)|related (topics?|tags)"
        r"|you (may|might) also( like| enjoy| be interested in)?|in case you missed it|what to read next"
        r"|(?i:more in) (?-i:[A-Z][^:]{0,29}))\s*[:|>»–—-]", re.I)),
    ("related-link", re.compile(RELATED_HEADING, re.I)),
    ("advertisement", re.compile(r"^\s*(advertisement|sponsored( content)?|ad|skip advert(isement)?)\s*$", re.I)),
    ("advertisement", re.compile(r"^\s*((the )?(story|article) continues (below|after)( (the|this))?"
                                 r"( advert(isement)?| ad)?|continue reading (below|the main story))\s*[.…]*\s*$",
                                 re.I)),
    ("reading-aid", re.compile(r"^\s*(show|hide) (key events|all posts|all updates)( only)?\s*$", re.I)),
    ("photo-credit", re.compile(r"^\s*(image|photo|picture) (caption|credit|source)\s*:.{0,300}$", re.I)),
    ("reading-aid", re.compile(r"^\s*(listen to (this|the) (article|story|episode)|(estimated )?read(ing)? time"
                               r"|\d+\s*min(ute)?s?\s+read|print (this )?(article|story)|text size|font size)"
                               r"\b.{0,40}$", re.I)),
    ("copyright", re.compile(r"^\s*(copyright\s*)?(©|\(c\)|copyright)\s*\d{4}\b.{0,160}$", re.I)),
    ("copyright", re.compile(r"^.{0,160}\ball rights reserved\b[.\s]*$", re.I)),
    ("share", re.compile(r"^\s*(join our ((whatsapp|telegram|signal|facebook) )?(channel|community|group)"
                         r"|follow our [^.]{0,80} on (the )?[^.]{0,60}"
                         r"\b(facebook|instagram|youtube|tiktok|whatsapp|telegram)"
                         r"( page| channel| account)?)\b.{0,100}$", re.I)),
    ("share", re.compile(r"^\s*follow (us|(?-i:(the )?[A-Z][^.]{0,60})) on (x|twitter|facebook|instagram|threads"
                         r"|tiktok|bluesky|linkedin|youtube|whatsapp|telegram|google news)\b[^.,;]{0,80}[.!]?\s*$",
                         re.I)),
    ("app", re.compile(r"^\s*(download|get|install|try) (the|our) ([^.]{0,50} )?app\b(?=.{0,140}$)"
                       r"(?=.*\b(ios|android|app store|google play|iphone)\b|[^.]{0,60}[.!]?\s*$)", re.I)),
    ("comments", re.compile(r"^\s*(what do you think\?\s*)?(have your say( below| here)?"
                            r"|join the (conversation|discussion|debate)( below| here)?"
                            r"|comments? (are|is) (now )?(closed|open)( (for|on) this (article|story|post|page))?"
                            r"|leave a (comment|reply)|(view|show|read|load) (the |all )?\d*\s*comments|\d+ comments?"
                            r"|comments? \(\d+\)|be the first to comment)"
                            r"(\s*[,:;–—-]\s*[^.]{0,60})?[.!]?\s*$", re.I)),
    ("tip-line", re.compile(r"^\s*((do you )?(got|have) a (story|news tip|tip|story idea)\b|(send|email) us (your )?"
                            r"(tips|news|stories)\b).{0,140}$", re.I)),
    # ("Got a claim you want checked? Email factcheck@example.org")
    ("tip-line", re.compile(r"^\s*(do you )?(got|have|know|seen)\b[^?]{0,80}\?"
                            r"\s*(e-?mail|send|contact|tell|write to|message|call|whatsapp)\b(?=.*(\bus\b|@)).{0,140}$",
                            re.I)),
    ("tip-line", re.compile(r"^\s*have your say\s*:\s*(e-?mail|write)\b.{0,200}$", re.I)),
    ("wire-credit", re.compile(r"^\s*\(?with inputs from [^()]{1,60}\)?\.?\s*$", re.I)),
    ("standards", re.compile(r"^\s*our (editorial )?(standards|principles|code)\s*:.{0,100}$", re.I)),
    ("market-data", re.compile(r"^\s*(market )?(data|quotes|prices) (is |are )?delayed (by )?(at least )?\d+ min",
                               re.I)),
    # ("Update, 3:15 p.m.: This story has been updated with the sheriff's comments."; a correction, which says
    # what was wrong, is part of the article's record and stays.)
    ("update-notice", re.compile(r"^(?=.{0,300}$)\s*(update,?.{0,40}?:\s*)?this (story|article|post|report|piece)"
                                 r" (has been|was|is) updated (at|on|to|with|after)\b", re.I)),
    ("series", re.compile(r"^\s*this (article|story|feature|piece|report|interview) is part of our"
                          r" ([^.]{0,60} )?series\b[^.]{0,120}\.?\s*$", re.I)),
    ("update-notice", re.compile(r"^\s*(this (story|article|post|report) (has been|was|is) updated"
                                 r"( (to|with) [^.]{0,80}| at [^.]{0,40}| on [^.]{0,40})?"
                                 # (nothing but a date and a time, whose full stops are their own: "Updated: 12.09.2026,
                                 # 14:20", "Updated April 17, 2026, 7:12 a.m."; not "Updated March figures put …")
                                 rf"|(last )?updated:?\s+(on |at )?({_DATE_OR_TIME_WORD}[\s,.]*){{1,8}})"
                                 r"[.]?\s*$", re.I)),
    ("shop", re.compile(r"^(?=.{0,300}$).*\b(order|buy|get) your copy (at|from|for)\b", re.I)),
    ("republish", re.compile(r"^\s*republish (this|our) (story|article)\b.{0,140}$", re.I)),
    # A press release's furniture: "Media Contact: Dana Whitlock, …", "SOURCE Norvalis Therapeutics, Inc.", and
    # the safe-harbour notice under "Forward-Looking Statements".
    ("press-release", re.compile(r"^\s*((media|press|investor|investors)( relations)?( contacts?| enquiries| inquiries)"
                                 r"|contacts?)\s*:.{0,200}$", re.I)),
    ("press-release", re.compile(r"^\s*SOURCE\s+[A-Z][a-z][^.]{0,100}\.?\s*$")),
    ("press-release", _SAFE_HARBOUR_HEADING),
    # A cookie notice, the site speaking to the reader: "We use cookies to … By clicking “Accept all”, you agree
    # to the storing of cookies on your device. Cookie settings" (not a story about a retailer's cookie policy).
    ("cookie-notice", re.compile(r"^(?=.{0,400}$)(?=.*\b(we use cookies|(this|our) (site|website) uses cookies"
                                 r"|cookies on your (device|computer|browser))\b)"
                                 r"(?=.*\b(accept|agree|consent|settings|preferences|privacy|cookie policy)\b)", re.I)),
    ("call-to-action", re.compile(r"^\s*(make a (contribution|donation|gift)|donate( now| today| here)?|become a "
                                  r"(member|subscriber|supporter|patron)( today| now)?|subscribe( now| today| here)?"
                                  r"|support (us|our (work|journalism|reporting|newsroom)"
                                  r"|independent (journalism|reporting|media))( today| now)?"
                                  r"|give( now| today)|chip in( now| today)?)\s*[→»>!.]*\s*$"
                                  # "Support the Gazette →": the outlet's name, where the arrow makes it a button.
                                  r"|^\s*support (the )?(?-i:[A-Z])[\w'’&-]*( (?-i:[A-Z])[\w'’&-]*){0,3}\s*[→»]\s*$"
                                  # A row of buttons: "[ Donate now ]   [ Already a supporter? Log in ]".
                                  r"|^\s*(\[[^\]\n]{1,40}\]\s*)+$", re.I)),
    ("paywall", re.compile(r"^\s*(you(['’]ve| have) (read |used )?(\d+|one|two|three|four|five|no) (of (your )?"
                           r"(\d+|\w+) )?free (articles?|stories|stor(y|ies)|reads?|pages?)( left| remaining)?"
                           r"|(this is )?your (last|final) free (article|story)"
                           r"|\d+ free (articles?|stories) (left|remaining))"
                           r"\b[^.!]{0,60}[.!]?\s*$", re.I)),
    ("dismiss", re.compile(r"^\s*(remind me later|no,? thanks|maybe later|close|dismiss)\s*[.!]?\s*$", re.I)),
    # A row of buttons ending on the reminder: "Support us from just £2   Contribute   Remind me in November".
    ("call-to-action", re.compile(r"^(?=.{0,160}$).*\b(support|contribute|donate|subscribe)\b.*"
                                  r"\bremind me (later|in (?-i:[A-Z])\w+|next \w+)\s*$", re.I)),
    # "By Hannah Cole, Environment Correspondent", "By Ana Silva and Per Lunde": a byline, kept as the
    # article's authors (extract/printed.py), not its text. "By Tuesday evening" is no one.
    ("byline", re.compile(BYLINE)),
    ("byline", re.compile(CREDITS)),
    ("byline", re.compile(DESK_BYLINE)),
    # "Published 6 June 2024", "Posted: March 3, 2025 10:32 GMT", "Published: Jul. 21, 2026 at 6:05 AM PDT":
    # the date, kept as metadata too.
    ("published", re.compile(r"^\s*(first\s+)?(published|posted)(\s+on)?\s*:?\s+(?=.{0,60}$)[^!?]*?\b\d{4}\b[^!?]*$",
                             re.I)),
    # A line that is only a date and time: "Sat 9 Nov 2024 17.52 GMT", "November 9, 2024 5:52 PM EST".
    ("published", re.compile(r"^\s*(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?,?\s+)?"
                             r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                             r"(\d{1,2}\s+[a-z]{3,9}\.?,?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}"
                             r"(,?\s+(at\s+)?\d{1,2}([.:]\d{2})?\s*([ap]\.?m\.?)?(\s+[a-z]{2,5})?)?"
                             r"(\s*[|·•]\s*updated\b.{0,40})?\s*$", re.I)),
    # A breadcrumb trail: "Leeds Courier › News › Crime".
    ("breadcrumb", re.compile(r"^\s*[A-Z][^›»>.,;%!?\n]{0,39}(\s[›»>]\s[A-Z][^›»>.,;%!?\n]{0,39}){2,6}\s*$")),
    ("separator", re.compile(r"^\s*([-\u2013\u2014_*=~\u2022\u00b7#]\s*){3,}$")),
)

_APPEAL_HEADER = re.compile(
    r"^\s*((a )?(message|note|letter|word) (from|to) .{0,60}|dear (readers?|friends|subscribers|supporters)\b.{0,20}"
    r"|(please )?(support|donate to|help fund|become a (member|supporter) of) (us|our|independent|quality|the) .{0,60}"
    r"|before you go.{0,40}|we need your (help|support).{0,40}|we (can['’]?t|cannot|can not) do (this|it) without you)"
    r"[:,.!…]?\s*$",
    re.I)

# A paragraph that asks the reader for money or membership, with no header line before it.
_ASK = re.compile(
    r"\b(donat(e|es|ed|ion|ions|ing)|(monthly|one-time|recurring) (gift|contribution|donation)|contribution"
    r"|non-?profit newsroom|reader[- ](funded|supported)|paywalls?|become an? ([\w'’-]+ ){0,2}(member|subscriber"
    r"|supporter|patron)|support (our|us|independent|local) ?\w*|if (you (value|like|enjoy|appreciate) (our|reporting"
    r"|journalism|this|them|it|stories like)|this (reporting|journalism|story|work) matters)|chip in"
    r"|subscribe (today|now)|tax-deductible|(consider|make) (a |making a )([\w-]+ ){0,2}(gift|donation)"
    r"|(rely|relies|depend|depends) on (readers|donations|your support|you)"
    r"|(funded|supported) by (you|our readers|readers)|readers like you|free to (read|access)"
    r"|(a|one) small favou?r to ask|stories like this( one)? take|it only takes a minute|subscribe at \S+"
    r"|if you can,? (please )?(support|give|donate|help|chip in)|(please )?give [£$€]\d"
    r"|(from|for) (just |only |as little as )?([a-z]{0,2}[£$€]|chf ?|usd ?|eur ?)\d[\d.,]* (a|per) (week|month|year))\b"
    r"|(from|for) (just|only|as little as) [£$€]\d", re.I)
# An ask speaks to the reader, or as the newsroom ("we rely on donations"); a reported "we" is someone
# in the story. (Quotation marks alone say nothing: appeals quote their critics.)
_READER = re.compile(r"\b(you|your|please|today|we|our|us)\b|(^|[.!?]\s+)(support|subscribe|donate|join|become)\b",
                     re.I)
_REPORTED = re.compile(r"\b(said|says|told|according to|asked|urged|wrote|added|called on|reads)\b", re.I)

_APPEAL_WORDS = re.compile(
    r"\b(support(ing|ers?)?|donat\w*|contribut\w*|subscri\w*|members(hip)?|journalis(m|ts?)|readers?|newsletter"
    r"|paywall|remind me|help us|we need|thank you|monthly|per month|one-time|patreon"
    r"|independent (media|news|reporting)"
    r"|our (work|staff|newsroom|reporting|reporters|mission)|we(,| are| strive| refuse| see| intend| rely| depend)"
    r"|you're defending|non-?profit|costs? money|pays? the bills|chip in|free (for|to) (everyone|all|read)"
    r"|free of (charge|paywalls?))\b",
    re.I)


# Lines that close an article's page, not its story; only taken at the very end (see _peel_sign_off).
_SIGN_OFF = (
    # "Nadia Ferrante covers city government for the Courier." / "Teresa Kwan is an investigative reporter
    # covering education for The Valley Current."
    re.compile(r"^(?=.{0,250}$)(?=.*\b(reporter|correspondent|editor|writer|journalist|columnist|photographer"
               r"|producer|covers|covering|intern|contributor)\b.*\b(for|at) (?-i:[A-Z]|the ))"
               r"\s*(?-i:[A-Z][\w'’.-]+)( (?-i:[A-Z][\w'’.-]+)){0,2} (is|covers|reports|writes)\b", re.I),
    # "Reach her at nferrante@courier.example." / "Follow Ana on X @ana_reports"
    re.compile(r"^\s*(reach|contact|email|e-mail|write to) (him|her|them|the (author|writer|reporter))\b"
               r"(?=.{0,160}$)(?=.*(@|\d{3}))"
               r"|^\s*follow (?-i:[A-Z][\w'’.-]+)( (?-i:[A-Z][\w'’.-]+))? on \w+.{0,100}$", re.I),
    re.compile(r"^\s*(this (story|article|report|piece) (was|is) (produced|co-published|reported|written|made possible)"
               r" (by|in (partnership|collaboration) with|with (support|funding) from|through)\b"
               r"|(?-i:[A-Z])[^.]{0,60} is a member of [^.]{0,60}\b(news|newsroom|journalism|media|press)[^.]{0,40}"
               r"\b(network|collaborative|consortium|alliance|institute|association)[^.]{0,20}\.?\s*$"
               r"|(?-i:[A-Z])[^.]{0,60} is an? ([\w-]+, )?(independent|non-?profit|nonpartisan)[^.]{0,80}\b(newsroom"
               r"|news (organi[sz]ation|site|outlet|service)))", re.I),
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the line's text, before its newline
    stop: int  # after the newline, if any

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for match in re.finditer(r"[^\n]*(\n|$)", text):
        if match.start() == len(text) and pos == len(text) and out:
            break
        line_end = match.end() - (1 if match.group(1) else 0)
        out.append(_Line(match.start(), line_end, match.end()))
        pos = match.end()
        if match.end() == len(text):
            break
    return out


# Furniture that a sentence of the story can begin like ("Have your say at a public meeting on 12 May, the
# council said"); a headline under "Read more:" may say "says", so related links are not in it.
_PROSE_LOOKALIKES = frozenset({"app", "comments", "tip-line", "update-notice", "share", "reading-aid", "copyright",
                               "newsletter", "published", "cookie-notice", "press-release"})


def _furniture_reason(line: str) -> str | None:
    if not line.strip() or len(line) > 400:
        return None
    for reason, pattern in _FURNITURE:
        if pattern.search(line) and not (reason in _PROSE_LOOKALIKES and _REPORTED.search(line)):
            return reason
    # "By Camille Thériault | Published Sept. 12, 2025 | Updated 6:45 p.m. ET": furniture run together, a date
    # line's reason first, so that the date is read.
    segments = METADATA_SEPARATOR.split(line.strip())
    if len(segments) > 1:
        reasons = [_furniture_reason(segment) for segment in segments]
        if all(reasons):
            return next((r for r in ("published", "update-notice") if r in reasons), reasons[0])
    # The newsroom's own sentences: an appeal may quote its editor ("“…,” said our editor. Support us").
    own = " ".join(sentence for sentence in _SENTENCE_BREAK.split(line) if not _REPORTED.search(sentence))
    if len({m.group(0).lower() for m in _ASK.finditer(own)}) >= 2 and _READER.search(own):
        return "appeal"
    return None


def _is_appeal_paragraph(line: str) -> bool:
    if _furniture_reason(line) is not None:
        return True
    return bool(_APPEAL_WORDS.search(line)) and not _REPORTED.search(line)


def find_boilerplate(text: str) -> list[Removed]:
    """Return the boilerplate stretches of ``text`` (offsets into it), in order, not overlapping."""
    lines = _lines(text)
    reasons: list[str | None] = [None] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i].text(text)
        if _APPEAL_HEADER.match(line) and len(line) < 120:
            block_end = _appeal_block_end(text, lines, i)
            if block_end > i:
                for k in range(i, block_end + 1):
                    # A related-links heading the block ran into keeps its reason: its list goes with it.
                    own = _furniture_reason(lines[k].text(text))
                    reasons[k] = "related-link" if own == "related-link" else "appeal"
                i = block_end + 1
                continue
        reasons[i] = _furniture_reason(line)
        i += 1
    _take_appeal_footer(text, lines, reasons)
    _peel_sign_off(text, lines, reasons)
    _take_listed_headlines(text, lines, reasons)
    _take_newsletter_boxes(text, lines, reasons)
    # A safe-harbour notice runs long (no length limit for it), under its heading or in the release's own
    # words ("This press release contains forward-looking statements …"), never what someone said.
    heading = False
    for k, line in enumerate(lines):
        own = line.text(text)
        if not own.strip():
            continue
        if reasons[k] is None and _SAFE_HARBOUR.search(own) and not _REPORTED.search(own) \
                and (heading or _RELEASE_SPEAKS.match(own)):
            reasons[k] = "press-release"
        heading = reasons[k] == "press-release" and bool(_SAFE_HARBOUR_HEADING.match(own))
    return _merge(text, lines, reasons)



def _take_appeal_footer(text: str, lines: list[_Line], reasons: list[str | None]) -> None:
    """A footer set off by a rule ("———") that holds an appeal or its button goes whole when the rest of it
    speaks the appeal's language too: the tagline above the ask ("« Quality journalism has a price. »") and the
    buttons below it have no header of their own."""
    rule = max((k for k, reason in enumerate(reasons) if reason == "separator"), default=None)
    if rule is None:
        return
    footer = [k for k in range(rule + 1, len(lines)) if lines[k].text(text).strip()]
    if not {"appeal", "call-to-action"} & {reasons[k] for k in footer}:
        return
    if all(reasons[k] is not None or _is_appeal_paragraph(lines[k].text(text)) for k in footer):
        for k in footer:
            reasons[k] = "appeal"


def _peel_sign_off(text: str, lines: list[_Line], reasons: list[str | None]) -> None:
    """Mark the sign-off: from the last line back, while each line is furniture or a sign-off line."""
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].text(text)
        if not line.strip() or reasons[k] is not None:
            continue
        if len(line) > 300 or _REPORTED.search(line) or not any(p.search(line) for p in _SIGN_OFF):
            return
        reasons[k] = "sign-off"


def _take_listed_headlines(text: str, lines: list[_Line], reasons: list[str | None]) -> None:
    """The headlines listed under a related-links heading ("Most read", "Read more:") go with it."""
    for k, line in enumerate(lines):
        if reasons[k] != "related-link" or not _HEADING_ONLY.match(line.text(text)):
            continue
        for j in range(k + 1, len(lines)):
            following = lines[j].text(text)
            if not following.strip():
                continue
            if reasons[j] is not None or not _HEADLINE.match(following):
                break
            reasons[j] = "related-link"


#: What a sign-up box's own lines speak of.
_BOX_WORDS = re.compile(r"\b(newsletters?|e-?mails?|inbox|daily|weekly|monthly|free|privacy|sign(ing)? up|subscri\w*"
                        r"|delivered|every (morning|evening|week|day|weekday"
                        r"|(mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.I)


def _take_newsletter_boxes(text: str, lines: list[_Line], reasons: list[str | None]) -> None:
    """A sign-up box's own lines under its prompt ("Sign up to TechScape" / "Free weekly newsletter" / "A
    weekly dive in to how technology is shaping our lives"): short lines that end no sentence and speak
    of the newsletter, up to the next blank line."""
    for k in range(len(lines)):
        if reasons[k] != "newsletter":
            continue
        for j in range(k + 1, len(lines)):
            following = lines[j].text(text).strip()
            if reasons[j] == "newsletter":
                continue
            if not following or reasons[j] is not None or len(following) > 100 or _SENTENCE_END.search(following) \
                    or not _BOX_WORDS.search(following):  # a subheading of the story goes on with it
                break
            reasons[j] = "newsletter"


def _appeal_block_end(text: str, lines: list[_Line], header: int) -> int:
    """Index of the last line of the appeal opened at ``header``, or ``header - 1`` if there is none."""
    rest = [k for k in range(header + 1, len(lines)) if lines[k].text(text).strip()]
    if not rest:
        return header
    # An appeal at the foot of the page: most of what follows speaks its language, so all of it goes.
    # Page furniture (credits, share lines) is common at any foot and says nothing either way.
    # Reported speech is the story's, never the appeal's.
    prose = [k for k in rest if _furniture_reason(lines[k].text(text)) is None]
    appeal_like = [k for k in prose if _is_appeal_paragraph(lines[k].text(text))]
    reported = any(_REPORTED.search(lines[k].text(text)) for k in prose)
    if prose and not reported and len(appeal_like) * 2 >= len(prose) and appeal_like[-1] == prose[-1]:
        return len(lines) - 1
    end = header
    for k in rest:
        if not _is_appeal_paragraph(lines[k].text(text)):
            break
        end = k
    return end if end > header else header - 1


def _merge(text: str, lines: list[_Line], reasons: list[str | None]) -> list[Removed]:
    removed: list[Removed] = []
    k = 0
    while k < len(lines):
        reason = reasons[k]
        if reason is None:
            k += 1
            continue
        first = k
        # Blank lines inside a block belong to it.
        while k + 1 < len(lines) and (reasons[k + 1] == reason or (
                not lines[k + 1].text(text).strip() and k + 2 < len(lines) and reasons[k + 2] == reason)):
            k += 1
        start, stop = lines[first].start, lines[k].stop
        removed.append(Removed(start, stop, text[start:stop], reason))
        k += 1
    return removed


def strip_boilerplate(text: str) -> tuple[str, tuple[Removed, ...]]:
    """Cut boilerplate from ``text``; return the kept text and what was cut (offsets into ``text``)."""
    removed = find_boilerplate(text)
    kept: list[str] = []
    pos = 0
    for cut in removed:
        kept.append(text[pos : cut.start])
        pos = cut.end
    kept.append(text[pos:])
    body = "".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, tuple(removed)
