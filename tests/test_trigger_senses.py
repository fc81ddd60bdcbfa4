"""Trigger senses (issue #4): a trigger word used in another sense yields no event row.

Each class has at least one sentence where the word names the event and one where it does not.
Sentences are our own, stating real facts; the classes come from misreadings on web-copied news
(tests/fixtures/webcopy) and the demo set.
"""

from __future__ import annotations

import pytest

from pipeline.events.triggers import find_triggers


def _types(sentence: str) -> list[tuple[str, str]]:
    """(trigger text lower-cased, event type) for every trigger the sentence keeps."""
    return [(t.text.lower(), t.event_type) for t in find_triggers(sentence)]


def _has(sentence: str, word: str, event_type: str) -> bool:
    return any(word in text and kind == event_type for text, kind in _types(sentence))


# (sentence, a word of the trigger, its event type): the event is named.
POSITIVE = [
    # joining an alliance
    ("Finland joined NATO on 4 April 2023, doubling the alliance's border with Russia.", "join", "agreement"),
    # talks held
    ("Modi held talks with Zelensky in Kyiv on Friday.", "talks", "meeting"),
    (
        "Negotiations between the two delegations resumed in Istanbul on Tuesday.",
        "negotiations",
        "negotiation",
    ),
    # a threat made
    ("Iran threatened on Sunday to close the Strait of Hormuz.", "threatened", "threat"),
    ("The Kremlin threatened to retaliate against the seizure of its assets.", "threatened", "threat"),
    # a ceasefire agreed
    (
        "Israel and Hezbollah agreed a ceasefire that took effect on 27 November 2024.",
        "ceasefire",
        "agreement",
    ),
    # a leader taking office
    ("Joe Biden took office on 20 January 2021.", "took office", "leadership"),
    ("Lai Ching-te was sworn in as Taiwan's president on 20 May 2024.", "sworn in", "leadership"),
    # an election
    ("Turkey held a presidential runoff vote on 28 May 2023.", "vote", "leadership"),
    # a diplomatic expulsion
    ("Britain expelled 23 Russian diplomats in March 2018.", "expelled", "sanction"),
    # an accusation made
    ("China accused the United States of hegemony at the Anchorage talks.", "accused", "criticism"),
    # a dated criticism
    ("Beijing criticised the statement on Monday.", "criticised", "criticism"),
    # military action told by a verb with its force or weapon
    ("Ukrainian troops crossed into Russia's Kursk region in August 2024.", "crossed into", "military"),
    ("Russian missiles killed dozens of people in Kyiv on 8 July 2024.", "killed", "military"),
    ("Twenty Indian soldiers were killed in hand-to-hand fighting in June 2020.", "killed", "military"),
    ("Russia has been striking Kharkiv since May.", "striking", "military"),
    ("Armenian and Azerbaijani troops clashed on the border in September 2022.", "clashed", "military"),
    # a deal made, an order of aid, a statement issued, an attack told as news
    (
        "Israel and the UAE signed the Abraham Accords in Washington in September 2020.",
        "accords",
        "agreement",
    ),
    ("Biden announced $2 billion in new military assistance for Ukraine.", "military assistance", "aid"),
    ("The ministry issued a statement on Monday.", "statement", "statement"),
    ("Cyprus condemned two bomb attacks in Kenya and Tanzania in August 1998.", "attacks", "military"),
    # tariffs raised, expulsions made, terms set, demands rejected, a guest received, a speech due
    (
        "Washington announced steep increases in tariffs on Chinese electric cars in May 2024.",
        "tariffs",
        "sanction",
    ),
    ("Britain announced the expulsions of 23 Russian diplomats in March 2018.", "expulsions", "sanction"),
    ("Putin set out his conditions for a ceasefire in June 2024.", "set out", "statement"),
    ("Western leaders dismissed the Kremlin's demands.", "dismissed", "criticism"),
    ("Modi was received by Putin in Moscow in July 2024.", "received", "visit"),
    (
        "Biden and Kishida announced the biggest upgrade of their security alliance in decades.",
        "upgrade",
        "agreement",
    ),
    ("Kishida is due to address a joint meeting of Congress on Thursday.", "joint meeting", "statement"),
    # a deal struck, a warning of consequences, an agreement reached, an offensive launched
    ("Washington struck a deal with Tehran on a prisoner swap in 2023.", "deal", "agreement"),
    ("Biden warned Xi of consequences if China armed Russia.", "warned", "threat"),
    ("Turkey agreed to a five-day pause in October 2019.", "agreed to", "agreement"),
    ("Turkey launched an offensive in northeast Syria on 9 October 2019.", "offensive", "military"),
    # sanctions imposed, a deal in force
    ("The UN Security Council imposed sanctions on North Korea in 2017.", "sanctions", "sanction"),
    ("The grain deal was signed in Istanbul in July 2022.", "deal", "agreement"),
    # aid pledged
    ("Germany pledged 500 million euros in aid to Ukraine in 2024.", "pledged", "aid"),
    # retaliation vowed
    ("Iran's foreign ministry vowed retaliation for the strike on its consulate.", "retaliation", "threat"),
    # a base or headquarters seized
    (
        "Wagner fighters seized the army headquarters in Rostov-on-Don in June 2023.",
        "headquarters",
        "military",
    ),
]

# (sentence, a word of the trigger, the event type it must not yield).
NEGATIVE = [
    # a bid, application or hope to join is no joining
    ("Moscow demanded that Kyiv drop its bid to join NATO.", "join", "agreement"),
    ("Georgia renewed its application to join NATO in 2024.", "join", "agreement"),
    ("Sweden's hopes to join the alliance were held up by Turkey for a year.", "join", "agreement"),
    # conditions, calls or prospects for talks are no talks
    ("Putin set out his own conditions for talks on the eve of the Swiss summit.", "talks", "meeting"),
    ("The UN chief repeated his calls for talks between the two sides.", "talks", "meeting"),
    (
        "Diplomats played down the prospects for negotiations before the winter.",
        "negotiations",
        "negotiation",
    ),
    # a country or adjective + "threat" is a concept
    ("Beijing accused Tokyo of hyping up the China threat.", "threat", "threat"),
    ("NATO leaders discussed the growing threat from Russian sabotage.", "threat", "threat"),
    # a ceasefire urged or proposed is none agreed
    ("Orban urged Zelensky to consider a quick ceasefire in July 2024.", "ceasefire", "agreement"),
    ("The Security Council called for an immediate ceasefire in Gaza.", "ceasefire", "agreement"),
    # a since-clause anchors time
    ("These were the first talks since President Joe Biden took office.", "took office", "leadership"),
    ("It was his first trip abroad since he was sworn in.", "sworn in", "leadership"),
    # a vote on a bill is no election
    ("Congress was due to vote this week on a spending bill with aid for Ukraine.", "vote", "leadership"),
    ("The senators will vote on Thursday on the defence budget.", "vote", "leadership"),
    # expelling troops is no diplomatic expulsion
    (
        "Iraq's parliament voted in January 2020 to ask the government to expel foreign troops.",
        "expel",
        "sanction",
    ),
    ("Niger's junta moved to expel French forces in 2023.", "expel", "sanction"),
    # "accused of" describes the noun before it
    ("The EU listed companies accused of supplying drones used by Russian forces.", "accused", "criticism"),
    ("The minister was accused of lying to parliament.", "accused", "criticism"),
    # habitual criticism is a stance
    (
        "China has repeatedly criticised what it calls US interference in Hong Kong.",
        "criticised",
        "criticism",
    ),
    ("Moscow has long condemned NATO's expansion to the east.", "condemned", "criticism"),
    # no force named, or no fighting
    ("Thousands of migrants crossed into Poland from Belarus in 2021.", "crossed into", "military"),
    ("The ministers laid wreaths for children killed in the war.", "killed", "military"),
    ("Seventy soldiers were killed when two helicopters collided in 1997.", "killed", "military"),
    ("Israeli soldiers have been killed in southern Lebanon since 1985.", "killed", "military"),
    ("The minister gave a striking speech in Brussels.", "striking", "military"),
    ("Police clashed with demonstrators in Tbilisi in 2024.", "clashed", "military"),
    ("Biden and Trump clashed over China in the debate.", "clashed", "military"),
    # a deal criticised or quit, an order signed alone, a back-reference, an attack condemned
    ("Iran's foreign minister criticised the arms deals with Riyadh.", "deals", "agreement"),
    ("Trump moved to quit the Paris climate accord on his first day.", "accord", "agreement"),
    ("Trump signed executive orders on his first day back in office.", "signed", "agreement"),
    ("The announcement came a month after Yellen's visit to Beijing.", "announcement", "statement"),
    ("G7 leaders condemned Iran's drone and missile attack on Israel.", "attack", "military"),
    ("The Kremlin denied any involvement in the attack.", "attack", "military"),
    # tariffs as background or lifted, expulsions judged, a speech received
    ("The summit opened amid tension over US tariffs on steel.", "tariffs", "sanction"),
    ("Both sides agreed to lift the tariff increases next year.", "tariff", "sanction"),
    ("The embassy called the expulsions a hostile act.", "expulsions", "sanction"),
    ("The speech was well received by delegates.", "received", "visit"),
    ("The plan was welcomed by Germany and France.", "welcomed", "visit"),
    # "deal" the verb, a warning about a situation, a measure of aid, an offensive paused
    ("Biden cut short his trip to deal with the debt ceiling in Washington.", "deal", "agreement"),
    ("Guterres warned that the region was on the brink of war.", "warned", "threat"),
    ("The UN warned of a humanitarian catastrophe in Gaza.", "warned", "threat"),
    ("It was the most capable system Washington had yet agreed to send to Kyiv.", "agreed to", "agreement"),
    ("Turkey agreed to pause its Syria offensive for five days.", "offensive", "military"),
    # sanctions breached, a deal lapsed
    ("Arms deliveries from Pyongyang would be in breach of UN sanctions.", "sanctions", "sanction"),
    ("Peskov said the agreements were no longer in force.", "agreements", "agreement"),
    # a promise of no goods or money
    ("Trump pledged security guarantees for North Korea in Singapore.", "pledged", "aid"),
    # the motive of an act done
    (
        "Iran's government fired missiles at US bases in retaliation for the killing of its general.",
        "retaliation",
        "threat",
    ),
    # an opportunity seized
    ("Russia seized the opportunity to court India at the summit.", "seized", "military"),
]


@pytest.mark.parametrize(("sentence", "word", "event_type"), POSITIVE)
def test_trigger_in_its_event_sense_yields_the_event(sentence: str, word: str, event_type: str) -> None:
    assert _has(sentence, word, event_type), _types(sentence)


@pytest.mark.parametrize(("sentence", "word", "event_type"), NEGATIVE)
def test_trigger_in_another_sense_yields_no_event(sentence: str, word: str, event_type: str) -> None:
    assert not _has(sentence, word, event_type), _types(sentence)


# False friends of the word families added in H31 (issue #4): the family's other sense, with the
# word and the event type that must not be read there.
FAMILY_FALSE_FRIENDS = [
    # force
    ("Shoppers were bombarded with adverts before the holiday.", "bombard", "military"),
    ("The storm downed power lines across the county.", "downed", "military"),
    ("Putin signed a decree against Turkey over the downed jet.", "downed", "military"),
    ("Police intercepted emails between the two executives.", "intercepted", "military"),
    ("The two lawyers had a brief legal skirmish over the filing.", "skirmish", "military"),
    ("Settlers live in the occupied West Bank.", "occupied", "military"),
    ("Residents of the besieged city queued for water.", "besieged", "military"),
    ("The party mobilised thousands of voters in the south.", "mobilised", "military"),
    ("Shares hit a record high on Tuesday.", "hit", "military"),
    ("The company targeted younger buyers with the campaign.", "targeted", "military"),
    ("The minister came under fire for his remarks on migration.", "came under fire", "military"),
    ("The plan has come under fire from opposition lawmakers.", "come under fire", "military"),
    ("The president came under fire from Western leaders on Monday.", "came under fire", "military"),
    ("The deployment of the new software took two weeks.", "deployment", "military"),
    ("Belgrade resisted the deployment of NATO-led troops in Kosovo in 1999.", "deployment", "military"),
    ("The decision flew in the face of precedent.", "flew in", "visit"),
    ("Trading was suspended after the crash.", "suspended", "sanction"),
    ("The referee called a penalty in the final minute.", "called", "protest"),
    ("She signed in to the website on Monday.", "signed", "agreement"),
    ("Police officers arrested him in Paris on Monday.", "arrested", "military"),
    ("The general assembly of shareholders voted to approve the merger.", "voted", "agreement"),
    (
        "The African Union's Peace and Security Council demanded that the soldiers return to barracks.",
        "demanded",
        "agreement",
    ),
    ("Investors advanced on Tuesday as the dollar weakened.", "advanced on", "military"),
    ("Stocks sank after the report.", "sank", "military"),
    ("He was charged with sexual assault in 2019.", "assault", "military"),
    ("Volunteers planted trees along the river.", "planted", "military"),
    ("Miners detonated explosives in the quarry.", "detonated", "military"),
    # leadership
    ("The new phone toppled Apple from the top of the sales chart.", "toppled", "leadership"),
    ("Workers toppled the old statue in the square.", "toppled", "leadership"),
    ("The board fired its chief executive in March.", "fired", "leadership"),
    ("The company named John Smith as chief executive.", "named", "leadership"),
    ("The fund won a majority stake in the retailer.", "majority", "leadership"),
    ("The team defeated Arsenal in the final.", "defeated", "leadership"),
    ("He quit as coach of the national team.", "quit", "leadership"),
    ("Apple replaced Tim Cook as chairman.", "replaced", "leadership"),
    ("The government fell short of its target.", "fell", "leadership"),
    ("The firm removed the product from shelves.", "removed", "leadership"),
    # other
    ("Microsoft released Windows 98 in June.", "released", "other"),
    ("A jury convicted the driver of manslaughter.", "convicted", "other"),
    ("The man was sentenced to ten years for robbery.", "sentenced", "other"),
    ("The court dismissed his lawsuit against the bank.", "dismissed", "other"),
    ("The governor declared a state of emergency after the floods.", "state of emergency", "other"),
    ("The city imposed a curfew after the hurricane.", "curfew", "other"),
    ("The bank revoked the licence of the broker.", "revoked", "sanction"),
    ("The school banned phones at the party.", "banned", "other"),
    ("The board approved the new law firm's fees.", "law", "other"),
    ("The club cancelled the vote on the new chairman.", "cancelled", "other"),
    # sanction and aid
    ("The company froze hiring in March.", "froze", "sanction"),
    ("A judge froze the fraudster's assets.", "froze", "sanction"),
    ("The utility shut off water supplies for repairs.", "shut off", "sanction"),
    ("The firm shipped two million phones to China.", "shipped", "aid"),
    ("The charity sent food parcels to families in Leeds.", "sent", "aid"),
    # protest, call, visit, negotiation
    ("Prices rose in March as demand grew.", "march", "protest"),
    ("The march of technology continues.", "march", "protest"),
    ("Workers blocked access to the website.", "blocked", "protest"),
    ("The relatives regularly talked by telephone.", "talked by telephone", "call"),
    ("The two leaders held a virtual summit in November 2021.", "virtual summit", "call"),
    ("Denmark began the transfer of F-16 jets to Ukraine.", "jets to", "visit"),
    ("Unions are bargaining over wages.", "bargaining", "negotiation"),
    ("Shoppers haggled over prices at the market.", "haggled", "negotiation"),
    # second round
    ("A price war began among airlines in 1998.", "war", "military"),
    ("The trade war between the US and China started in 2018.", "war", "military"),
    ("The president declared war on drugs in 1989.", "war", "military"),
    ("The war began on 7 October, when the fighters crossed into Israel.", "war began", "military"),
    ("The crash killed the company's chief executive.", "killed", "military"),
    ("Arsenal eliminated the league leader from the cup.", "eliminated", "military"),
    ("The firms settled their patent dispute in 2020.", "settled", "agreement"),
    ("The company unveiled a plan to cut costs.", "unveiled", "statement"),
    ("The bank upgraded its rating on the stock.", "upgraded", "agreement"),
    ("Protesters hijacked the debate.", "hijacked", "military"),
    # third round
    ("The firm captured a third of the market in 1998.", "captured", "military"),
    ("The film captured the city's mood.", "captured", "military"),
    ("The team was crowned champions in May.", "crowned", "leadership"),
    ("She was crowned Miss World in 1994.", "crowned", "leadership"),
    ("The company formed a government relations team.", "formed", "leadership"),
    ("He took over as chief executive in March.", "took over", "leadership"),
    # fourth round
    ("It was stressed that no decision had been taken.", "stressed", "statement"),
    ("Banks lent less to a stressed economy.", "stressed", "statement"),
    # fifth round (webcopy5 families)
    ("The Kurds' bid to gain independence failed in 2017.", "gain independence", "other"),
    ("The region has long sought to become independent.", "become independent", "other"),
    ("The club launched an appeal against the referee's decision.", "appeal", "aid"),
    ("Ukraine hopes to become a member of the European Union.", "member of", "agreement"),
    ("The new coalition will be formed of three parties only if talks succeed.", "formed", "military"),
    ("The team sent a scout to Madrid.", "scout", "visit"),
    ("Lightning struck what officials said was an empty barn.", "struck what", "military"),
    ("A storm hit what residents called the worst-built homes.", "hit what", "military"),
    ("China said it opposed the coup and called for Conde's release.", "coup", "military"),
    ("The AU condemned Sunday's coup in Conakry.", "coup", "military"),
    ("The central bank launched new measures to curb inflation.", "measures", "military"),
    ("Putin signed a decree on Saturday imposing economic sanctions on Turkey.", "decree", "other"),
    ("Putin signed a decree on economic measures against Turkey in November 2015.", "decree", "other"),
    ("Doumbouya summoned the outgoing ministers on Monday.", "summoned", "criticism"),
    ("Georgia could apply to join the bloc next year.", "apply to join", "other"),
    ("The minister said he felt insulted by the question.", "insulted", "criticism"),
    ("The match was suspended from play after the storm.", "suspended from", "sanction"),
    ("Lula received the presidential sash from a group of citizens.", "received", "visit"),
    ("The firm ended its 20-year sponsorship deal.", "20-year", "leadership"),
    ("Police arrested a group suspected of planning violent attacks in Podgorica.", "attacks", "military"),
    ("The Maldives asks India to withdraw troops by 15 March.", "withdraw troops", "other"),
    ("Thousands of migrants from Honduras crossed into Mexico in 2018.", "crossed into", "military"),
    ("The EU plans to host a donors' conference in Brussels in March.", "host", "visit"),
    # H43 families (issue #4): the same words in their other senses
    ("Lightning struck a building near the stadium on Sunday.", "struck", "military"),
    ("A lorry struck a bridge on the motorway.", "struck", "military"),
    ("The treaty, which historians concluded was a failure, was never ratified.", "concluded", "agreement"),
    ("Lufthansa trained Indian pilots in Frankfurt.", "trained", "aid"),
    ("Brazil wants to become a permanent member of the Security Council.", "member", "agreement"),
    ("Xi and Biden would talk again at the APEC summit.", "talk again", "call"),
    ("Shareholders are expected to vote on it next week.", "vote", "other"),
    ("The company's board was dissolved in 2019.", "dissolved", "other"),
    ("The deal had been negotiated in secret, the opposition leader said.", "negotiated", "negotiation"),
    ("A carefully negotiated text was put to the vote.", "negotiated", "negotiation"),
    ("The tourists will leave by Friday.", "leave", "other"),
    ("Qatar hosted Argentina and France in the World Cup final in December 2022.", "hosted", "meeting"),
    ("The coach said the injury would prolong his absence.", "said", "criticism"),
    ("The union said members had voted on the offer.", "said", "criticism"),
    # H48: crowds out to celebrate, and troops deployed, are no protest
    ("Argentine fans had taken to the streets to celebrate the World Cup win.", "taken to", "protest"),
    ("Thousands were taking to the streets in celebration of the result.", "taking to", "protest"),
    ("Soldiers had taken to the streets of the capital before dawn.", "taken to", "protest"),
    # H48: a date or a sitting body after "due in" is no visit
    ("Greece's next loan payment is due in March.", "due in", "visit"),
    ("The bill is due in Parliament for a second reading next week.", "due in", "visit"),
    ("The former minister is due in court in Paris on Monday.", "due in", "visit"),
    # H50 (webcopy6): a place named after a truce is no agreement
    ("Moon met Kim in the truce village of Panmunjom in April 2018.", "truce", "agreement"),
    ("Shelling was reported along the ceasefire line in Kashmir in 2019.", "ceasefire", "agreement"),
    # H50: works or a building inaugurated are no leadership change
    ("Abiy inaugurated the Grand Ethiopian Renaissance Dam in September 2025.", "inaugurated", "leadership"),
    (
        "Modi attended the inauguration of the new parliament building in May 2023.",
        "inauguration",
        "leadership",
    ),
    # H50: a status, a share of the vote or a pardon received is no guest received
    ("Moldova received EU candidate status in June 2022.", "received", "visit"),
    ("Sandu received more than 80 percent of the votes cast abroad.", "received", "visit"),
    ("Anwar was freed in 2018 after receiving a full pardon from the king.", "receiving", "visit"),
    # H50: a dispute summed up by the fighting it led to is no dated fighting
    (
        "They settled a dispute that erupted into deadly fighting twice in four years.",
        "erupted into",
        "military",
    ),
    # H50: a drill that is no military exercise, a parliament session suspended, a noun urge
    ("Schools held an evacuation drill in Tokyo in 2022.", "drill", "military"),
    ("The speaker suspended the parliament session after a brawl.", "suspended the parliament", "leadership"),
    ("Leaders felt an urge to act quickly.", "urge", "statement"),
    # H50: a party's or a news conference is no summit; a vote judged fair is no criticism
    ("The Labour conference in Liverpool opened on Sunday.", "conference", "summit"),
    ("Peskov told a news conference on Monday that the talks were over.", "conference", "summit"),
    ("Lavrov held a news conference on Ukraine in Moscow.", "conference", "summit"),
    ("Observers said the vote was free and fair.", "said", "criticism"),
    # H50 probe: weapons received are no guest; a firm's chief fired is no leadership change;
    # a ferry, tourists or an airline are no show of force; a topic discussed in person no call
    ("Kyiv received the first F-16 jets in July 2024.", "received", "visit"),
    ("The company chief executive was dismissed by the board.", "dismissed", "leadership"),
    ("The ferry sailed through the Strait of Dover.", "sailed", "military"),
    ("Tourists flew over the Grand Canyon in a helicopter.", "flew", "military"),
    ("The airline held its first joint flights with Emirates.", "joint flights", "military"),
    ("The two sides discussed trade and security during the visit.", "discussed", "call"),
    # H50 probe: a shop's or a campus's opening is no embassy; an envoy called home is no return
    ("The university opened its campus in Dubai.", "opened", "other"),
    ("The ambassador returned home for consultations.", "returned", "other"),
    # H50: shops reopened are no border
    ("The shops reopened after the holiday.", "reopened", "other"),
    # H50: fighting the spread of a virus is no fighting spreading
    ("Health workers are fighting spread of the virus in rural areas.", "fighting spread", "military"),
    # H59: aid as a noun modifier is no aid given; information gathered is no gathering; one
    # person shot by police or a gunman is no act between states; a warrant lived under is none issued
    ("Aid trucks from Jordan crossed into Gaza in March 2024.", "aid", "aid"),
    ("A UN aid convoy was shelled near Kherson in 2023.", "aid", "aid"),
    ("Nauru said Taiwan would withdraw its aid projects from the island.", "aid", "aid"),
    ("Britain cut its aid budget to Pakistan in 2021.", "aid", "aid"),
    (
        "Canadian police said Indian officials had used diplomats to gather information on activists.",
        "gather",
        "meeting",
    ),
    ("A French teenager was shot dead by a police officer near Paris in June 2023.", "shot dead", "military"),
    ("The mayor was shot dead by an unidentified gunman in the capital.", "shot dead", "military"),
    ("Netanyahu landed in Budapest despite an ICC arrest warrant.", "arrest warrant", "criticism"),
    (
        "Putin skipped the summit in South Africa, facing an arrest warrant from the ICC.",
        "arrest warrant",
        "criticism",
    ),
    # H59: an embargo respected is in force already; private travellers are no visit
    ("The Berlin participants committed to respect the arms embargo on Libya.", "embargo", "sanction"),
    ("Turkish citizens travelling to the bloc may soon need no visa.", "travelling to", "visit"),
    ("Russian tourists who travelled to Egypt were flown home in 2015.", "travelled to", "visit"),
]


@pytest.mark.parametrize(("sentence", "word", "event_type"), FAMILY_FALSE_FRIENDS)
def test_word_family_false_friend_stays_silent(sentence: str, word: str, event_type: str) -> None:
    assert not _has(sentence, word, event_type), _types(sentence)


# H56: false friends of the families added for events with no row: ties moved to no capital, a
# quake is no military strike, a legal appeal, a salary suspended, a system installed, a bill blocked
H56_FALSE_FRIENDS = [
    ("The bank moved its ties to a new level.", "moved its ties", "statement"),
    ("A magnitude 7.8 quake struck Nepal in April 2015.", "struck", "military"),
    ("Lightning struck Paris during the storm.", "struck", "military"),
    ("The lawyer launched an appeal against the verdict in Turkey.", "appeal", "aid"),
    ("The pope appealed for calm in Lebanon.", "appealed", "aid"),
    ("Israel suspended ministers' salaries in 2023.", "suspended", "leadership"),
    ("The government suspended ministers meetings in Paris.", "suspended", "leadership"),
    ("A new air defence system was installed in Poland in 2024.", "installed", "leadership"),
    ("The Senate blocked the bill in Washington.", "blocked", "military"),
    ("Russia blocked the website in Moscow.", "blocked", "military"),
    ("The EU asked member states for more money for Ukraine.", "asked", "other"),
    ("The airline's flight was halted by fog in London.", "halted", "other"),
    ("The government suspended the two deals on Monday.", "suspended", "leadership"),
    ("The writer was awarded a prize by the jury in Paris in 2019.", "awarded", "other"),
    ("Observers said the vote in Kazakhstan was efficiently run.", "said", "criticism"),
    ("The minister said the team lacked competitiveness in the final.", "said", "criticism"),
    ("Tax returns from Germany are due to start arriving in May.", "returns", "other"),
    ("The returns on Greek bonds began to fall in 2015.", "returns", "other"),
    ("The minister asked the staff to remove the old files.", "asked", "statement"),
    ("Scholz plans to speak to the UN General Assembly on Tuesday.", "speak", "call"),
    ("Biden plans to speak to reporters in Washington on Friday.", "speak", "call"),
    ("Blinken spoke with Wang Yi in Munich on Saturday.", "spoke", "call"),
    ("The board ordered the oil company to cut its costs.", "ordered", "other"),
    ("The venue was chosen by the organisers in Paris.", "chosen", "leadership"),
    ("Details of the talks leaked to the press in Geneva.", "leaked", "other"),
    ("The roof of the embassy leaked during the storm in Rome.", "leaked", "other"),
]


@pytest.mark.parametrize(("sentence", "word", "event_type"), H56_FALSE_FRIENDS)
def test_h56_false_friend_stays_silent(sentence: str, word: str, event_type: str) -> None:
    assert not _has(sentence, word, event_type), _types(sentence)


# H65: a participle after a comma has no subject in its clause (the doer found there was the
# accused), and "each side" with another verb is no accusation.
H65_FALSE_FRIENDS = [
    ("Oslo recalled its envoy on Tuesday, accusing Caracas of rigging the vote.", "accusing", "criticism"),
    ("Both armies withdrew on Sunday, with each side claiming victory.", "claiming", "criticism"),
    # an agreement not reached
    ("The talks on the dam ended in Addis Ababa on Tuesday without agreement.", "agreement", "agreement"),
    ("The delegations left Istanbul on Wednesday without reaching a deal.", "deal", "agreement"),
    ("The envoys failed to produce an agreement in Brussels on Thursday.", "agreement", "agreement"),
    ("The summit in Vilnius broke up short of a deal on grain.", "deal", "agreement"),
    # a speech to an audience, however announced
    ("Biden will speak to voters in Ohio on Friday.", "speak to", "call"),
    ("Macron will speak to French farmers at the fair in Paris.", "speak to", "call"),
    ("Modi hopes to talk to Indian students in Sydney next week.", "talk to", "call"),
    # addressing a problem is no speech
    ("The plan does not address the country's debt problem.", "address", "statement"),
]


@pytest.mark.parametrize(("sentence", "word", "event_type"), H65_FALSE_FRIENDS)
def test_h65_false_friend_stays_silent(sentence: str, word: str, event_type: str) -> None:
    assert not _has(sentence, word, event_type), _types(sentence)
