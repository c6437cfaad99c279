import pytest

from newsgraph.extract.boilerplate import find_boilerplate, strip_boilerplate

BODY = (
    "City Council Approves Harbour Plan\n\n"
    "The city council approved the harbour plan on Monday, the mayor's office said.\n"
    "\u201cThis is a good day for the waterfront,\u201d said councillor Ana Ribeiro.\n"
    "Critics said the plan ignored flood risk."
)

APPEAL = (
    "A Message from The Harbour Herald:\n"
    "Dear readers,\n"
    "We are an independent newsroom and our work depends on you.\n"
    "If you can, please support us monthly. Every contribution makes a difference.\n"
    "Thank you for standing with independent journalism.\n\n"
    "Remind me later."
)


def test_appeal_at_the_foot_is_cut_and_body_kept():
    body, removed = strip_boilerplate(BODY + "\n" + APPEAL)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]
    assert removed[0].text.startswith("A Message from")


@pytest.mark.parametrize("line, reason", [
    ("Read more: Harbour plan faces new legal challenge", "related-link"),
    ("Related: What the flood maps show", "related-link"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Share this article", "share"),
    ("Photo: Jan Kowalski / Harbour Herald", "photo-credit"),
    ("Ferries wait at the quay. Photograph: Jan Kowalski/Coast Pictures", "photo-credit"),
    ("Sat 9 Nov 2024 17.52 GMT", "published"),
    ("November 9, 2024 5:52 PM EST", "published"),
    ("14:32, 9 DEC 2024 | Updated 16:05, 9 DEC 2024", "published"),
    ("Harbour Herald \u203a News \u203a Crime", "breadcrumb"),
    ("Share: Facebook | X | WhatsApp | Email", "share"),
    ("Our journalism costs money. Support the Harbour Herald from just \u00a31 a month. Subscribe now.", "appeal"),
    ("Advertisement", "advertisement"),
    ("Remind me later.", "dismiss"),
    ("Don’t miss: The ferry timetable, explained", "related-link"),
    ("ALSO ON HARBOUR HERALD: Dredging to start in May", "related-link"),
    ("You might also like", "related-link"),
    ("Explore more on these topics: Harbours | Ferries | Skerrow", "related-link"),
    ("Story continues below advertisement", "advertisement"),
    ("Listen to this article · 5 min", "reading-aid"),
    ("Reading time: 2 min", "reading-aid"),
    ("© 2025 Harbour Herald Media Ltd. All rights reserved.", "copyright"),
    ("Follow the Harbour Herald on Instagram and Threads for more from the coast.", "share"),
    ("Get the Harbour Herald app on iOS and Android.", "app"),
    ("Join the conversation: comments are open to subscribers.", "comments"),
    ("Got a news tip? Email newsdesk@harbour.example", "tip-line"),
    ("This story has been updated.", "update-notice"),
    ("This story has been updated with comment from the harbour board.", "update-notice"),
    ("Make a contribution →", "call-to-action"),
    ("Support our reporting", "call-to-action"),
    ("Support the Harbour Herald →", "call-to-action"),
    ("[ Donate now ]   [ Already a supporter? Log in ]", "call-to-action"),
    ("The Harbour Herald is a nonprofit newsroom covering the coast. Stories like this one take weeks to report. "
     "If you value them, please consider a tax-deductible gift today.", "appeal"),
    ("Republish this article for free under our Creative Commons licence.", "republish"),
    ("You have 3 free articles left this month.", "paywall"),
    ("You've read 4 of your 5 free articles.", "paywall"),
    ("This is your last free article.", "paywall"),
    ("Get the latest news delivered to your inbox every weekday morning. Enter your email address", "newsletter"),
    ("By signing up you agree to our Terms of Use and Privacy Policy.", "newsletter"),
    ("(Reporting by Ana Ruiz in Lisbon; Additional reporting by Ben Ode; Editing by Jo Park)", "wire-credit"),
    ("(Additional reporting by Ji-hoon Park in Seoul)", "wire-credit"),
    ("Reporting by Ana Ruiz; Editing by Jo Park and Sam Lee", "wire-credit"),
    ("Associated Press writer Sam Keller in Las Vegas contributed to this report.", "wire-credit"),
    ("Do you have a story about the harbour? Email us at desk@harbour.example", "tip-line"),
    ("This article is part of our Coast series. Sign up for the Tideline newsletter, our free weekly guide.",
     "newsletter"),
    ("Privacy Notice: Newsletters may contain info about charities and online ads.", "newsletter"),
    ("The Harbour Brief: the week's shipping news, every Friday. Subscribe", "newsletter"),
    ("Updated April 17, 2026, 7:12 a.m.", "update-notice"),
    ("Updated: 12.09.2026, 14:20", "update-notice"),
    ("The harbour master greets the first ferry on Saturday. (Ana Ruiz / Harbour Herald)", "photo-credit"),
    ("Tide Tables is published by Skerrow Press (£9.99). To support us, order your copy at shop.example.", "shop"),
    ("Get Harbour Notes, our weekly newsletter on the coast, every Friday.", "newsletter"),
    ("Like this story? Get the Tideline in your inbox every Sunday. Sign up", "newsletter"),
    ("THE HARBOUR SHEET | Get the morning's shipping news in your inbox every weekday. Sign up", "newsletter"),
    ("Our harbour newsletter, Tideline, arrives every Friday.", "newsletter"),
    ("NEWSLETTER", "newsletter"),
    ("We use your sign-up to send you the newsletters you chose and to understand our readers.", "newsletter"),
    ("The Harbour Herald is the coast's independent news site. Subscribe for \u00a34 a month.", "appeal"),
    ("Our reporting is free to read because readers like you pay for it. If you can, please give \u00a32 today.",
     "appeal"),
    ("We have a small favour to ask. If you can, please support the Herald. It only takes a minute.", "appeal"),
    ("Coastal reporting relies on readers like you. Support the Herald from R$5 a month.", "appeal"),
    ("Support us from just \u00a32   Contribute   Remind me in May", "call-to-action"),
    ("Comments (12)", "comments"),
    ("What do you think? 12 comments", "comments"),
    ("Comments are closed on this story.", "comments"),
    ("Know more about this story? Email desk@harbour.example or message us on Signal.", "tip-line"),
    ("Got photos of the storm? Send them to pictures@harbour.example.", "tip-line"),
    ("Have your say: Email letters@harbour.example. Letters may be shortened.", "tip-line"),
    ("(With inputs from agencies)", "wire-credit"),
    ("Our standards: The Harbour Herald's editorial code.", "standards"),
    ("Market data delayed at least 20 minutes.", "market-data"),
    ("Update, March 3, 4:10 p.m.: This story has been updated with the harbour board's response.", "update-notice"),
    ("This article was updated at 18.05 to add the mayor's statement.", "update-notice"),
    ("This story is part of our series Harbour Lives, on the people of the quay.", "series"),
    ("Show key events only", "reading-aid"),
    ("Image caption: The first ferry leaves the quay. Image source: Harbour Herald", "photo-credit"),
    ("Join our WhatsApp channel for the coast's breaking news.", "share"),
    ("Follow our live coverage of the storm on the Harbour Herald Facebook page.", "share"),
    ("More on this story: Ferry fares to rise in April", "related-link"),
    ("Related topics: Ferries | Harbour | Weather", "related-link"),
])
def test_page_furniture_lines_go_wherever_they_stand(line, reason):
    text = BODY.replace("Critics said", line + "\nCritics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [(r.text.strip(), r.reason) for r in removed] == [(line, reason)]


def test_removed_offsets_point_into_the_input():
    text = BODY + "\nRead more: Another story\n" + APPEAL
    for cut in find_boilerplate(text):
        assert text[cut.start : cut.end] == cut.text


@pytest.mark.parametrize("line", [
    "Updated March figures put the jobless rate at 4.1 per cent.",
    "Updated on Tuesday, the guidance now tells schools to shut at 2 p.m.",
    "Harris: Volunteers are the backbone of this campaign. Sign up!",
    "Support the Harbour Plan",
    "If you value them, the harbour master said, keep the old ferries running.",
    "\u201cNobody came to help us,\u201d said Olena Kovalenko, 58. (Translated from Ukrainian / Kyiv Desk)",
    "\u201cIt was the best night of my life,\u201d said Lena Ortiz. (Reporting by Tom Hale / Harbour Herald)",
])
def test_story_lines_that_look_like_furniture_stay(line):
    text = BODY.replace("Critics said", line + "\nCritics said")
    assert strip_boilerplate(text) == (text, ())


def test_narration_that_mentions_support_is_not_an_appeal():
    text = BODY + ("\nThe union said it would support the plan if the budget grows. Readers can choose whether "
                   "to subscribe.")
    body, removed = strip_boilerplate(text)
    assert body == text and removed == ()


def test_appeal_in_the_middle_ends_where_the_article_resumes():
    middle = ("Support independent journalism:\n"
              "Become a member today and help us report on the harbour.\n")
    text = BODY.replace("Critics said", middle + "Critics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]


@pytest.mark.parametrize("appeal", [
    "The Harbour Herald is a nonprofit newsroom. We rely on donations from readers like you.",
    "If you value our reporting, please consider a monthly contribution. We have no paywall.",
    "Donate today and your gift will be doubled. Support our journalism.",
])
def test_an_appeal_paragraph_without_a_header_goes_too(appeal):
    text = BODY.replace("Critics said", appeal + "\nCritics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [r.reason for r in removed] == ["appeal"]


def test_an_appeal_that_quotes_its_editor_is_still_an_appeal():
    appeal = ("We rely on readers like you. If you value our reporting, please consider making a contribution "
              "today. \u201cLocal news matters more than ever,\u201d said our editor. Support us from just \u00a31.")
    body, removed = strip_boilerplate(BODY.replace("Critics said", appeal + "\nCritics said"))
    assert body == BODY and [r.reason for r in removed] == ["appeal"]


def test_reporting_on_donations_is_not_an_appeal():
    text = BODY + "\nThe charity said donations rose by a third and that it would support the harbour plan."
    body, removed = strip_boilerplate(text)
    assert body == text and removed == ()
    quoted = BODY + ("\n\u201cWe rely on donations, and every contribution helps,\u201d said Ana Ribeiro. "
                     "\u201cPlease support us if you can,\u201d she added.")
    assert strip_boilerplate(quoted) == (quoted, ())


@pytest.mark.parametrize("row", ["Facebook  Twitter  WhatsApp  Email", "Facebook · X · LinkedIn · Copy link",
                                 "Share   Facebook   X   LinkedIn   Email   Copy link"])
def test_a_row_of_share_buttons_goes(row):
    body, removed = strip_boilerplate(BODY.replace("Critics said", row + "\nCritics said"))
    assert body == BODY and [r.reason for r in removed] == ["share"]


@pytest.mark.parametrize("notice", [
    "We use cookies to give you the best experience on our site. By clicking \u201cAccept all\u201d, you agree to "
    "the storing of cookies on your device. Cookie settings | Accept all",
    "This website uses cookies. Manage preferences",
    "We use cookies to personalise content. Read our privacy policy.",
])
def test_a_cookie_notice_goes_but_a_story_about_cookies_stays(notice):
    body, removed = strip_boilerplate(BODY.replace("Critics said", notice + "\nCritics said"))
    assert body == BODY and [r.reason for r in removed] == ["cookie-notice"]
    for line in ("The regulator said sites must let readers accept all cookies or none with one click.",
                 "The government will accept all 23 recommendations of the inquiry.",
                 "The regulator has fined the retailer \u00a32m over its cookie policy.",
                 "Investigators found the website continued to track users who had refused to accept cookies."):
        story = BODY + "\n" + line
        assert strip_boilerplate(story) == (story, ()), line


@pytest.mark.parametrize("appeal", [
    "Local reporting like this depends on readers. Become a Herald subscriber today for $1 a week.",
    "If this reporting matters to you, chip in $5 today. Contributions keep our work free of paywalls.",
    "The Lakeside Review is funded by readers. Support independent reporting from CHF 6 a month.",
    "Support local journalism. Subscribe to the Skerrow Courier for $1 a week.",
])
def test_appeals_in_other_words_go_too(appeal):
    text = BODY.replace("Critics said", appeal + "\nCritics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY and [r.reason for r in removed] == ["appeal"]


def test_an_appeal_block_opened_mid_article_ends_where_the_story_resumes_despite_a_furnished_foot():
    appeal = ("Before you go…\n"
              "The Herald has covered the harbour for a century. But reporting costs money, and advertising "
              "no longer pays the bills.\n")
    foot = "\nThe union said its members would vote next week.\n© 2025 Harbour Herald. All rights reserved."
    text = BODY.replace("Critics said", appeal + "Critics said") + foot
    body, removed = strip_boilerplate(text)
    assert body == BODY + foot.split("\n©")[0]
    assert [r.reason for r in removed] == ["appeal", "copyright"]


def test_a_quoted_we_is_not_the_newsroom_asking():
    text = BODY + '\n"We rely on donations and our members," said the lifeboat charity\'s chair.'
    assert strip_boilerplate(text)[1] == ()


def test_the_sign_off_is_peeled_from_the_end_only():
    bio = "Ana Ribeiro covers the waterfront for the Harbour Herald. Reach her at ana@harbour.example."
    network = "The Harbour Herald is a member of the Coastal News Network."
    text = BODY + "\n" + bio + "\n" + network + "\nShare this article"
    body, removed = strip_boilerplate(text)
    assert body == BODY
    assert [r.reason for r in removed] == ["sign-off", "share"]
    # The same sentence inside the story, with story after it, is the story's.
    inside = BODY.replace("Critics said", "The port is a member of the Coastal Ports Alliance.\nCritics said")
    assert strip_boilerplate(inside)[1] == ()


@pytest.mark.parametrize("listing", [
    "Most read\nDredging to start in May\nFerry fares rise again\n",
    # (bullets, and a headline that ends on a quotation)
    "More from the Herald\n- Dredging to start in May\n"
    "- Skipper on the new quay: a harbour \u201cfit for ferries\u201d\n",
    "MORE SPORT\n\u203a Rowing club wins the coastal cup\n"
    "\u203a \u201eWe want the title\u201c \u2013 captain sets the target\n",
])
def test_headlines_listed_under_a_related_heading_go_with_it(listing):
    text = BODY.replace("Critics said", listing + "Critics said")
    body, removed = strip_boilerplate(text)
    assert body == BODY and [r.reason for r in removed] == ["related-link"]


@pytest.mark.parametrize("prose", [
    "Copyright lawyers say the ruling will be appealed.",
    "Download the app and you can track buses in real time, the transit agency said.",
    "Have your say at a public meeting on 12 May, the council said.",
    "This story is part of a wider series of failures at the port.",
    "Correction: An earlier version of this article gave the wrong date for the vote.",
    "This article was amended on 4 March 2026 to correct the ferry's name, which is Skerry Star, not Skerry Queen.",
    "Our newsletter arrives every month, the union's secretary said.",
    "Do you know who owns the quay? Tell us, the harbour master asked residents.",
    "More Ferries will sail from the new quay in May.",
    "250 comments were submitted during the public hearing.",
    "Updated projections from 2024 show ridership recovering.",
    "Follow the BBC on Twitter to learn about the outage, the company advised in a statement.",
    "Also on the agenda: a vote on the budget.",
    "(C) Section 4 of the bill would limit how long the agency can hold data.",
    "Can you help us identify this man?",
    "Ms Ruiz asked voters to donate to her campaign and to support our schools.",
    "You have three free articles left to read before the paper's new paywall starts, the editor said, and then"
    " it costs money.",
    "Reporting by the Herald in 2023 showed the harbour plan had been changed.",
    "By signing up, voters agreed to share their data, the council said.",
    "Residents can sign up for the council's newsletter to hear about the works, the mayor said.",
    "Subscribe now and you will pay $9.99 a month, up from $7.99. Existing customers will see the rise in March.",
    "Support from donors covered half the \u00a38m cost. Members can subscribe to the museum's newsletter for "
    "updates.",
])
def test_prose_that_looks_like_furniture_stays(prose):
    text = BODY.replace("Critics said", prose + "\nCritics said")
    assert strip_boilerplate(text) == (text, ())


@pytest.mark.parametrize("ending", [
    "Ruiz is a member of the Democratic Party.",
    "The newspaper was sold in 2019 to a group led by its former editor.",
    "Ruiz was a reporter at the Tribune before she entered politics in 2015.",
    "Police asked anyone with information to contact them at tips@police.example.org.",
    "This article was published before the vote count was final.",
])
def test_a_last_paragraph_of_the_story_is_not_a_sign_off(ending):
    text = BODY + "\n" + ending
    assert strip_boilerplate(text) == (text, ())


def test_a_sign_up_box_goes_whole_up_to_the_blank_line():
    box = ("Sign up to Harbour Weekly\nFree weekly newsletter\nA weekly dive into life on the coast\n"
           "Privacy Notice: Newsletters may contain info about charities.\n\n")
    body, removed = strip_boilerplate(BODY.replace("Critics said", box + "Critics said"))
    assert body == BODY.replace("Critics said", "\nCritics said")  # the box's blank line stays
    assert [(r.reason, r.text) for r in removed] == [("newsletter", box.removesuffix("\n"))]


def test_a_sign_up_box_takes_the_newsletters_name_and_schedule_between_its_prompts():
    box = "SIGN UP\nHarbour Notes: the week's shipping news, every Friday\nEnter your email address\nSubscribe\n"
    body, removed = strip_boilerplate(BODY + "\n\n" + box)
    assert body == BODY and {r.reason for r in removed} == {"newsletter"}


def test_a_subheading_after_a_sign_up_line_stays():
    text = BODY.replace("Critics said", "Sign up for our morning newsletter\nWhat happens next\nCritics said")
    body, removed = strip_boilerplate(text)
    assert "What happens next" in body and [r.reason for r in removed] == ["newsletter"]


def test_byline_date_line_and_separator_go_and_the_byline_and_date_become_metadata():
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = ("Harbour fees to rise\n"
            "By Hannah Cole and Tom Lee, Transport Correspondents\n"
            "Published 6 June 2024, 10:32 BST\n\n" + BODY.split("\n\n", 1)[1] + "\n---\n")
    body, removed = strip_boilerplate(text)
    assert [r.reason for r in removed] == ["byline", "published", "separator"]
    assert "Hannah" not in body and "Published" not in body and "---" not in body
    article = extract(RawDocument(source="a.txt", data=text.encode())).article
    assert article.authors == ("Hannah Cole", "Tom Lee") and str(article.published) == "2024-06-06"


@pytest.mark.parametrize(("line", "authors", "published", "modified"), [
    ("By Camille Th\u00e9riault | Published Sept. 12, 2025 | Updated 6:45 p.m. ET", ("Camille Th\u00e9riault",),
     "2025-09-12", "None"),
    # Changed the day it came out: the update adds nothing to its publication date.
    ("Published: Jan. 22, 2026 at 5:47 PM CST | Updated: Jan. 22, 2026 at 9:15 PM CST", (), "2026-01-22", "None"),
    ("Published: Jan. 22, 2026 at 5:47 PM CST | Updated: Jan. 24, 2026 at 9:15 AM CST", (), "2026-01-22",
     "2026-01-24"),
    ("Updated Wednesday 14 October 2026, 19.52 CLST | First published Monday 12 October 2026, 21.10 CLST", (),
     "2026-10-12", "2026-10-14"),
    ("Published: 12.09.2026, 14:20", (), "2026-09-12", "None"),
    # When it was changed is not when it was published.
    ("Updated: 12.09.2026, 14:20", (), "None", "2026-09-12"),
])
def test_a_metadata_line_goes_and_gives_its_byline_and_dates(line, authors, published, modified):
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = "Harbour fees to rise\n" + line + "\n\n" + BODY.split("\n\n", 1)[1]
    body, removed = strip_boilerplate(text)
    assert len(removed) == 1 and line not in body
    article = extract(RawDocument(source="a.txt", data=text.encode())).article
    assert article.authors == authors and str(article.published) == published
    assert str(article.modified) == modified


def test_a_date_line_with_an_abbreviated_month_goes_and_gives_the_date():
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = "Harbour fees to rise\nPublished: Jul. 21, 2026 at 6:05 AM PDT\n\n" + BODY.split("\n\n", 1)[1]
    body, removed = strip_boilerplate(text)
    assert [r.reason for r in removed] == ["published"] and "Published" not in body
    assert str(extract(RawDocument(source="a.txt", data=text.encode())).article.published) == "2026-07-21"


@pytest.mark.parametrize("line", ["By Tuesday evening the harbour was empty.", "By the time it ended, few were left",
                                  "Published reports said the fees would rise in 2024.",
                                  "On 9 November 2024 the harbour closed.",
                                  "The photo shows the quay. Photographs: the court saw them all.",
                                  "Tickets cost from just \u00a35, the organisers said, and sold out within days.",
                                  "Prices rose > 5% in May > June > July, the figures showed.",
                                  "Ana Silva, the harbour's editor, said the fees would rise."])
def test_prose_that_opens_like_a_byline_or_date_line_stays(line):
    text = BODY.replace("Critics said", line + "\nCritics said")
    assert strip_boilerplate(text) == (text, ())


def test_headlines_listed_after_an_appeal_go_with_it():
    appeal = ("Before you go...\nWe are asking readers like you to support our independent journalism. "
              "Every pound helps. Support us from just \u00a31.\nDonate now\n\nRelated stories\n"
              "Water bills to rise by 21% over five years, regulator says\n"
              "Council bosses 'should be jailed', MPs say\n")
    body, removed = strip_boilerplate(BODY + "\n\n" + appeal)
    assert body.rstrip() == BODY and [r.reason for r in removed] == ["appeal", "related-link"]


def test_a_byline_naming_a_reporting_service_credits_only_the_reporter():
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = "Harbour fees to rise\nBy Hannah Cole, Local Democracy Reporting Service\n\n" + BODY.split("\n\n", 1)[1]
    assert extract(RawDocument(source="a.txt", data=text.encode())).article.authors == ("Hannah Cole",)


@pytest.mark.parametrize(("line", "author"), [
    ("By Laurent Mass\u00e9 in Boulogne-sur-Mer", "Laurent Mass\u00e9"),
    ("By Tom\u00e1s Riquelme in Diego de Almagro", "Tom\u00e1s Riquelme"),  # a place name with a particle
])
def test_a_byline_saying_where_the_reporter_writes_from_credits_the_reporter(line, author):
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = f"Harbour fees to rise\n{line}\n\n" + BODY.split("\n\n", 1)[1]
    assert extract(RawDocument(source="a.txt", data=text.encode())).article.authors == (author,)
    prose = BODY.replace("Critics said", "By nine in the evening the quay was empty.\nCritics said")
    assert strip_boilerplate(prose) == (prose, ())


def test_a_press_releases_contacts_source_line_and_safe_harbour_notice_go():
    release = BODY + ("\nForward-Looking Statements\nThis press release contains forward-looking statements within the "
                      "meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ "
                      "materially. The company undertakes no obligation to update any forward-looking statement.\n"
                      "Media Contact: Dana Whitlock, dwhitlock@example.com, +1 617 555 0142\n"
                      "SOURCE Norvalis Therapeutics, Inc.\n")
    body, removed = strip_boilerplate(release)
    assert body.rstrip() == BODY.rstrip() and {r.reason for r in removed} == {"press-release"}
    story = BODY + "\nAnalysts said the company's forward-looking statements had been too rosy."
    assert strip_boilerplate(story) == (story, ())


@pytest.mark.parametrize(("line", "authors"), [
    ("Words: Aoife Brennan | Photographs: Ciar\u00e1n Doyle", ("Aoife Brennan",)),
    ("Text by Ana Silva, pictures by Per Lunde", ("Ana Silva",)),
    ("Words and photos: Tom Reed", ("Tom Reed",)),
    ("Fiona Marchant, Science correspondent", ("Fiona Marchant",)),
    ("Ana Silva, Staff Writer", ("Ana Silva",)),
    ("Nadia Prewitt and Colm Faherty, Business reporters", ("Nadia Prewitt", "Colm Faherty")),
])
def test_a_credits_line_goes_and_credits_the_writer(line, authors):
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    text = f"Harbour fees to rise\n{line}\n\n" + BODY.split("\n\n", 1)[1]
    extracted = extract(RawDocument(source="a.txt", data=text.encode()))
    assert line not in extracted.article.text and extracted.article.authors == authors


def test_a_sentence_opening_like_a_credits_line_stays():
    prose = BODY.replace("Critics said", "Words matter: the harbour board chose them with care.\nCritics said")
    assert strip_boilerplate(prose) == (prose, ())


def test_a_footer_under_a_rule_goes_whole_when_it_holds_an_appeal():
    footer = ("\n\n———\n\n\u00ab Quality journalism has a price. Thank you for helping us pay it. \u00bb\n"
              "The Harbour Herald is funded by readers. Support independent reporting from CHF 6 a month.\n"
              "[ Donate now ]   [ Already a supporter? Log in ]\n")
    body, removed = strip_boilerplate(BODY + footer)
    assert body == BODY
    assert removed[-1].reason == "appeal" and removed[-1].text.startswith("\u00ab Quality journalism")


def test_a_footer_under_a_rule_keeps_the_story_it_goes_on_with():
    story = "Ferries will run until the new quay opens, the harbour board said."
    text = (BODY + "\n\n———\n\n" + story + "\n\nOur journalism costs money. Support the Harbour Herald from just "
            "\u00a31 a month. Subscribe now.\n")
    body, removed = strip_boilerplate(text)
    assert body.endswith(story)
    assert [r.reason for r in removed] == ["separator", "appeal"]


def test_a_footer_whose_only_furniture_is_its_button_goes_whole_and_the_story_between_rules_stays():
    story = "The second phase, to raise the slipway, will begin in September, said harbour master Jory Penrose."
    text = (BODY + "\n\n———\n\n" + story + "\n\n———\n\nThe Harbour Herald is free to read. It costs 2,000 pounds a "
            "week to produce.\n\nPlease chip in to keep it that way.\n\n[ Donate now ]\n")
    body, removed = strip_boilerplate(text)
    assert body.endswith(story)
    assert removed[-1].reason == "appeal" and removed[-1].text.rstrip().endswith("[ Donate now ]")
