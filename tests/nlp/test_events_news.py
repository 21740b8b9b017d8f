"""News-wire and ACLED-style sentences (written for these tests, not taken from any gold set):
the event a real news sentence reports, its pentacode, and who did it to whom."""

from __future__ import annotations

import pytest

from dateline.evaluation.events import pentacode
from dateline.nlp.events.component import extract_events

# text, pentacode (0 = no event), top event type (None: any of that quad), actor and recipient
# substrings of the top event (None: not checked)
NEWS = [
    ('Gunmen killed five villagers in Zamfara state on Sunday.', 4, 'ASSAULT', 'Gunmen', 'villagers'),
    # one attack: those killed, by those who attacked ("killed when militants attacked")
    ('Five civilians were killed when militants attacked a market in Borno.', 4, 'ASSAULT', 'militants', 'civilians'),
    ('Three soldiers were killed in an ambush by al-Shabaab fighters near Mogadishu.', 4, 'ASSAULT', 'fighters', 'soldiers'),
    ('Militants shelled government positions outside Donetsk overnight.', 4, 'ASSAULT', 'Militants', 'positions'),
    ('A car bomb exploded near a police station in Kabul, killing 12 people.', 4, 'ASSAULT', None, None),
    ('Airstrikes hit rebel-held areas of Idlib province on Tuesday.', 4, 'ASSAULT', None, 'areas'),
    ('Israeli warplanes struck targets in Gaza overnight.', 4, 'ASSAULT', 'warplanes', 'targets'),
    ('Clashes between security forces and protesters left two dead in Khartoum.', 4, 'ASSAULT', 'security forces', 'protesters'),
    ('Fighting broke out between rival militias in Tripoli on Friday.', 4, 'ASSAULT', 'militias', None),
    ('Suspected jihadists abducted 20 students from a school in Kaduna.', 4, 'ASSAULT', 'jihadists', 'students'),
    ('Unidentified gunmen kidnapped a Catholic priest in Enugu state.', 4, 'ASSAULT', 'gunmen', 'priest'),
    ('A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.', 4, 'ASSAULT', 'bomber', None),
    ('An attack on a military base in central Mali killed 15 soldiers.', 4, 'ASSAULT', None, 'soldiers'),
    ('Rebels ambushed an army convoy near Beni.', 4, 'ASSAULT', 'Rebels', 'convoy'),
    ('Two people died after police opened fire on demonstrators in Nairobi.', 4, 'ASSAULT', 'police', 'demonstrators'),
    ('Russian missiles struck the city of Odesa early on Monday.', 4, 'ASSAULT', 'missiles', 'city'),
    ('A roadside bomb killed three soldiers in Helmand province.', 4, 'ASSAULT', None, 'soldiers'),
    ('Armed men set fire to dozens of houses in the village.', 4, 'ASSAULT', 'Armed men', None),
    ('Houthi rebels launched drones at Saudi oil facilities.', 4, 'ASSAULT', 'rebels', None),
    ('The army bombarded rebel positions in the north of the country.', 4, 'ASSAULT', 'army', 'positions'),
    ('At least 30 people were killed in an explosion at a market in Baghdad.', 4, 'ASSAULT', None, 'people'),
    ('Troops exchanged fire with insurgents near the border.', 4, 'ASSAULT', 'Troops', 'insurgents'),
    ('Gunmen stormed a hotel in Mogadishu late on Saturday.', 4, 'ASSAULT', 'Gunmen', 'hotel'),
    ('Security forces killed a suspected militant during a raid in Kashmir.', 4, 'ASSAULT', 'Security forces', 'militant'),
    ('Four police officers were shot dead by unknown assailants in Anambra.', 4, 'ASSAULT', 'assailants', 'officers'),
    ('Boko Haram fighters attacked the town of Monguno on Wednesday.', 4, 'ASSAULT', 'fighters', 'town'),
    ('Heavy fighting was reported between the army and the RSF in Omdurman.', 4, 'ASSAULT', 'army', 'RSF'),
    ('A drone strike killed a senior militant commander in North Waziristan.', 4, 'ASSAULT', None, 'commander'),
    ('The bodies of six men were found with gunshot wounds in Tillaberi.', 4, None, None, None),
    ('Hundreds marched in Dhaka to demand higher wages.', 4, 'PROTEST', 'Hundreds', None),
    ('Thousands of people protested in Santiago against pension reform.', 4, 'PROTEST', 'people', None),
    ('Rioters looted shops and torched cars in Johannesburg.', 4, None, 'Rioters', None),
    ('Teachers went on strike in Nairobi over unpaid salaries.', 4, 'PROTEST', 'Teachers', None),
    ('Farmers blocked roads with tractors in Brussels on Thursday.', 4, 'PROTEST', 'Farmers', None),
    ('Students staged a sit-in outside parliament.', 4, 'PROTEST', 'Students', None),
    ('Demonstrators gathered outside the embassy to protest the arrest of an activist.', 4, 'PROTEST', 'Demonstrators', None),
    ('Protesters took to the streets of Tehran for a third night.', 4, 'PROTEST', 'Protesters', None),
    ('Supporters of the opposition rallied in Kampala on Tuesday.', 4, 'PROTEST', 'Supporters', None),
    ('A protest by taxi drivers paralysed traffic in the capital.', 4, 'PROTEST', 'drivers', None),
    ('Residents demonstrated in Goma against the UN peacekeeping mission.', 4, 'PROTEST', 'Residents', 'mission'),
    ('Doctors at public hospitals began a nationwide strike on Monday.', 4, 'PROTEST', 'Doctors', None),
    ('Police arrested 12 protesters in Lagos on Monday.', 4, 'COERCE', 'Police', 'protesters'),
    ('Security forces detained dozens of opposition supporters.', 4, 'COERCE', 'Security forces', 'supporters'),
    ('Police raided the offices of the newspaper in Istanbul.', 4, 'COERCE', 'Police', 'offices'),
    ('Police fired tear gas to disperse protesters in Harare.', 4, None, 'Police', 'protesters'),
    ('The journalist was arrested at his home in Minsk.', 4, 'COERCE', None, 'journalist'),
    ('Authorities imposed a curfew in the city after the riots.', 4, 'COERCE', 'Authorities', None),
    ('Police dismantled a drug trafficking ring in Lagos on Monday.', 4, 'COERCE', 'Police', 'ring'),
    ('The coast guard boarded two fishing boats near the disputed islands.', 4, 'COERCE', 'coast guard', 'boats'),
    ('He boarded a flight to Paris on Monday.', 0, None, None, None),
    ('Three opposition leaders were taken into custody in Dhaka.', 4, 'COERCE', None, 'leaders'),
    ('Police said they had arrested a man suspected of planting the bomb.', 4, 'COERCE', 'Police', 'man'),
    ('Soldiers rounded up dozens of young men in the market.', 4, 'COERCE', 'Soldiers', 'men'),
    ('The two presidents met in Washington on Tuesday.', 1, 'CONSULT', 'presidents', None),
    ('Chinese President Xi Jinping held talks with his Brazilian counterpart in Beijing.', 1, 'CONSULT', 'Xi Jinping', 'counterpart'),
    ('The foreign minister visited Kyiv on Friday.', 1, 'CONSULT', 'minister', 'Kyiv'),
    ('Japan pledged $100 million in humanitarian aid to Ukraine.', 1, 'AGREE', 'Japan', None),
    ('The United States sent 2,000 tons of food aid to Somalia.', 2, 'AID', 'United States', 'Somalia'),
    ('Israel and Hamas agreed to a ceasefire brokered by Egypt.', 1, None, 'Israel', None),
    ('The government released 200 political prisoners on Sunday.', 2, 'RETREAT', 'government', 'prisoners'),
    ('The minister resigned on Thursday after the scandal.', 2, 'RETREAT', 'minister', None),
    ('The two countries signed a trade agreement in Hanoi.', 1, 'SUPPORT', 'countries', None),
    ('Germany praised the decision of the court.', 1, 'SUPPORT', 'Germany', None),
    ('The European Union imposed new sanctions on Russia.', 4, 'SANCTION', 'European Union', 'Russia'),
    ('China condemned the visit as a provocation.', 3, 'ACCUSE', 'China', None),
    ('The opposition rejected the election results.', 3, 'REJECT', 'opposition', None),
    ('Iran threatened to close the Strait of Hormuz.', 3, 'THREATEN', 'Iran', None),
    ('The opposition accused the government of rigging the vote.', 3, 'ACCUSE', 'opposition', 'government'),
    ('Protesters demanded the resignation of the prime minister.', 3, 'REQUEST', 'Protesters', 'prime minister'),
    ('Washington expelled two Russian diplomats on Friday.', 4, 'SANCTION', 'Washington', 'diplomats'),
    ('The minister said the economy grew 3 percent last year.', 0, None, None, None),
    ('He told reporters he was tired.', 0, None, None, None),
    ('The central bank said inflation would remain high this year.', 0, None, None, None),
    ('The company reported a 10 percent rise in quarterly profit.', 0, None, None, None),
    ('Officials said the talks had been productive.', 1, None, None, None),
    ('The president said he was confident about the future of the country.', 0, None, None, None),
    ('The spokesman declined to comment on the report.', 0, None, None, None),
    ('The election will be held in October, the commission said.', 0, None, None, None),
    ('The ministry released its annual report on Monday.', 0, None, None, None),
    ('Analysts said the new policy could help the economy.', 0, None, None, None),
    ('The prime minister said the government would support small businesses.', 1, None, None, None),
    ('The team will play its next match on Sunday.', 0, None, None, None),
    ('He said the fight against corruption was a priority.', 0, None, None, None),
    ('The company struck a deal with its suppliers.', 1, None, None, None),
    ('Prices rose sharply in March, according to official data.', 0, None, None, None),
    ('The president will address the nation on Monday evening.', 0, None, None, None),
    ('Heavy rain killed three people in the region on Sunday.', 0, None, None, None),
    ('Two people were killed in a road accident near the capital.', 0, None, None, None),
    ('Voters will go to the polls on Sunday.', 0, None, None, None),
    # a second table, written after the rules above: how they carry over to unseen phrasing
    ('Unknown assailants shot and killed a local chief in Kasai on Thursday.', 4, 'ASSAULT', 'assailants', 'chief'),
    ('Al-Shabaab militants attacked an African Union base in Lower Shabelle, killing several soldiers.', 4, 'ASSAULT', 'militants', 'base'),
    ('Fighters of the Islamic State group ambushed a patrol near Palmyra.', 4, 'ASSAULT', 'Fighters', 'patrol'),
    ('Armed bandits raided the village of Kurmin and abducted 30 residents.', 4, 'ASSAULT', 'bandits', None),
    ('Russian forces shelled Kharkiv overnight, wounding four civilians, the regional governor said.',
     4, 'ASSAULT', 'Russian forces', None),
    ('An improvised explosive device went off near a military convoy in Kidal.', 4, 'ASSAULT', None, None),
    ('A Turkish drone strike hit a vehicle in northern Iraq, killing two PKK members.', 4, 'ASSAULT', None, None),
    ('Clashes erupted between Fulani herders and farmers in Benue state, leaving 12 dead.', 4, 'ASSAULT', 'herders', 'farmers'),
    ('Security forces clashed with ADF rebels near Beni on Saturday.', 4, 'ASSAULT', 'Security forces', 'rebels'),
    ("Police shot dead two suspected robbers in Nairobi's Eastleigh district.", 4, 'ASSAULT', 'Police', 'robbers'),
    ('A grenade was thrown at a police post in Kabul, injuring three officers.', 4, 'ASSAULT', None, None),
    ('Israeli aircraft carried out airstrikes on Hamas targets in Gaza.', 4, 'ASSAULT', 'aircraft', None),
    ('A mob lynched a man accused of theft in Kinshasa.', 4, 'ASSAULT', 'mob', 'man'),
    ('Suspected militants torched a school in Balochistan overnight.', 4, 'ASSAULT', 'militants', 'school'),
    ('Government troops recaptured the town of Kidal from rebels.', 4, None, 'troops', None),
    ('Thousands rallied in Warsaw on Sunday against the new abortion law.', 4, 'PROTEST', 'Thousands', None),
    ('Workers at the Renault plant went on strike to protest job cuts.', 4, 'PROTEST', 'Workers', None),
    ('Residents blocked the main highway to protest against power cuts.', 4, 'PROTEST', 'Residents', None),
    ('Opposition supporters staged a protest outside the electoral commission in Harare.', 4, 'PROTEST', 'supporters', None),
    ('Angry youths burned tyres and threw stones at police in Conakry.', 4, None, 'youths', None),
    ('Hundreds of women marched through the capital demanding justice for the victims.', 4, 'PROTEST', 'women', None),
    ('Truck drivers held a demonstration in Lagos over fuel prices.', 4, 'PROTEST', 'drivers', None),
    ('Police detained 40 people during a raid on an opposition rally.', 4, 'COERCE', 'Police', 'people'),
    ('The authorities arrested a prominent blogger on charges of spreading false news.', 4, 'COERCE', 'authorities', 'blogger'),
    ('Security forces dispersed the demonstrators with tear gas and batons.', 4, None, 'Security forces', 'demonstrators'),
    ('Two journalists were detained by police in Addis Ababa on Monday.', 4, 'COERCE', 'police', 'journalists'),
    ('The junta banned all political parties and suspended the constitution.', 4, 'COERCE', 'junta', None),
    ('Police raided the homes of several opposition leaders in Dhaka.', 4, 'COERCE', 'Police', None),
    ('The foreign ministers of India and China met on the sidelines of the summit.', 1, 'CONSULT', None, None),
    ('President Biden spoke by phone with President Zelensky on Tuesday.', 1, None, 'Biden', None),
    ('The two sides agreed to resume negotiations next month.', 1, 'AGREE', 'sides', None),
    ('The World Bank approved a $500 million loan to Kenya.', 2, None, 'World Bank', 'Kenya'),
    ('Germany will provide additional air defence systems to Ukraine, the chancellor said.', 1, None, 'Germany', None),
    ('The government freed 50 detainees as part of an amnesty.', 2, 'RETREAT', 'government', 'detainees'),
    ('Russian troops withdrew from the city of Kherson on Friday.', 2, 'RETREAT', 'Russian troops', None),
    ('The rebels released three hostages on Sunday.', 2, 'RETREAT', 'rebels', 'hostages'),
    ('Egypt opened the Rafah crossing to allow aid into Gaza.', 2, 'RETREAT', 'Egypt', None),
    ('Israel allowed 100 aid trucks into Gaza.', 2, 'RETREAT', 'Israel', 'Gaza'),
    ('The company opened a new port terminal.', 0, None, None, None),
    ('The United Nations delivered food to thousands of displaced families in Tigray.', 2, 'AID', 'United Nations', 'families'),
    ('The United States accused Iran of supplying drones to Russia.', 3, 'ACCUSE', 'United States', 'Iran'),
    ('Beijing denounced the sale of weapons to Taiwan.', 3, 'ACCUSE', 'Beijing', None),
    ('North Korea warned it would respond with force to any provocation.', 3, 'THREATEN', 'North Korea', None),
    # a release is asked of whoever holds the one to be freed, not of the leader (test_events.py
    # test_a_release_is_asked_of_the_captor_not_of_the_captives; voa_dev GUIDE.md's gold codes the holder)
    ('The opposition demanded the immediate release of its leader.', 3, 'REQUEST', 'opposition', None),
    ('The government refused to negotiate with the striking workers.', 3, 'REJECT', 'government', 'workers'),
    ('The president threatened to expel foreign journalists.', 3, 'THREATEN', 'president', None),
    # a crime charged is alleged (CAMEO 1121), as the voa GUIDE's annotators code it; the arrest is its own verb's
    ('Prosecutors charged the former minister with corruption.', 3, 'ACCUSE', 'Prosecutors', 'minister'),
    ('The court sentenced the activist to five years in prison.', 4, 'SANCTION', 'court', 'activist'),
    ('Washington imposed sanctions on three Russian banks.', 4, 'SANCTION', 'Washington', 'banks'),
    ('The finance minister said the budget deficit would narrow next year.', 0, None, None, None),
    ('Officials said the number of tourists rose by 20 percent in 2023.', 0, None, None, None),
    ('The president said the country faced serious economic challenges.', 0, None, None, None),
    ('The company said it would open a new factory in Ohio.', 0, None, None, None),
    ('The health ministry reported 300 new cases of cholera.', 0, None, None, None),
    ("He said he would run for a second term in next year's election.", 0, None, None, None),
    ('Shares in the company fell 5 percent after the announcement.', 0, None, None, None),
    ('The spokesman said the investigation was continuing.', 3, None, None, None),
    ('The weather service warned of heavy rain in coastal areas.', 0, None, None, None),
    ('The ruling party won 60 percent of the vote, according to official results.', 0, None, None, None),
    ('The minister told parliament that the reforms were necessary.', 0, None, None, None),
    ('She described the situation as very difficult.', 0, None, None, None),
    ('The new law will take effect in January.', 0, None, None, None),
    ('The prime minister is expected to announce his cabinet next week.', 0, None, None, None),
    ('The team beat their rivals 3-1 to win the cup.', 0, None, None, None),
    ('Oil prices rallied on Tuesday as supply fears grew.', 0, None, None, None),
    ('The bank cut interest rates by half a percentage point.', 0, None, None, None),
    ('The government has launched a campaign to vaccinate children against measles.', 0, None, None, None),
    ('Fire destroyed 200 homes in the settlement on Saturday.', 0, None, None, None),
    ('The army chief said troops were ready to defend the country.', 0, None, None, None),
]


def _top(events):
    live = [e for e in events if not e["negated"]]
    return max(live, key=lambda e: e["confidence"]) if live else None


@pytest.mark.parametrize(
    ("text", "penta", "type_", "actor", "recipient"), NEWS,
    ids=[(row.values if hasattr(row, "values") else row)[0][:48] for row in NEWS],
)
def test_news_sentence(bare_nlp, text, penta, type_, actor, recipient):
    events = extract_events(bare_nlp(text))
    assert pentacode(events) == penta, events
    top = _top(events)
    if type_ is not None:
        assert top is not None and top["type"] == type_, events
    if actor is not None:
        assert actor.lower() in ((top["actor"] or {}).get("text") or "").lower(), top
    if recipient is not None:
        assert recipient.lower() in ((top["recipient"] or {}).get("text") or "").lower(), top


def test_news_table_is_balanced():
    codes = [(row.values if hasattr(row, "values") else row)[1] for row in NEWS]
    assert all(codes.count(code) >= 3 for code in range(5)), [codes.count(code) for code in range(5)]


# -- arguments on hand-made Docs ------------------------------------------------------------------


def test_quantity_heads_code_the_people_counted(bare_nlp):
    [event] = [e for e in extract_events(bare_nlp("Security forces detained dozens of opposition supporters.")) if e["type"] == "COERCE"]
    assert event["recipient"]["text"] == "dozens of opposition supporters"
    assert event["recipient"]["sector"] == "CVL"  # supporters (agent_sectors.tsv), not the "opposition" modifier


def test_an_event_noun_is_not_an_actor(bare_nlp):
    events = extract_events(bare_nlp("A car bomb exploded near a police station, killing 12 people."))
    assert events and all(e["type"] == "ASSAULT" for e in events)
    assert all((e["actor"] or {}).get("text") != "A car bomb" for e in events)
    assert any(e["mode"] == "explosives" for e in events)


def test_background_event_does_not_win(bare_nlp):
    events = extract_events(bare_nlp("Authorities imposed a curfew in the city after the riots."))
    top = max(events, key=lambda e: e["confidence"])
    assert top["type"] == "COERCE" and top["mode"] == "curfew"
    riot = [e for e in events if e["type"] == "PROTEST"]
    assert all(e["actor"] is None for e in riot)  # the curfew's imposers did not riot


def test_protest_aim_is_not_a_separate_demand(bare_nlp):
    events = extract_events(bare_nlp("Students staged mass demonstrations to demand the resignation of President Suharto."))
    assert {e["type"] for e in events} == {"PROTEST"}
    assert "Suharto" in events[0]["recipient"]["text"]


def test_intention_to_use_force_is_a_threat(bare_nlp):
    events = extract_events(bare_nlp("The government is prepared to impose martial law in the capital."))
    assert [e["type"] for e in events] == ["THREATEN"]


def test_place_gives_a_missing_country():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.nlp.events.component import DocContext
    from dateline.nlp.events.lexicon import load_lexicon

    doc = Doc(Vocab(), words=["Police", "arrested", "protesters", "in", "Lagos", "."])
    doc._.places = [{"start": 31, "end": 36, "text": "Lagos", "country": "NG", "geonames_id": 2332459}]
    ctx = DocContext(doc, load_lexicon())
    actor = {"text": "Police", "span": [0, 6], "country": None, "sector": "COP"}
    ctx.place_country(actor, doc[:])
    assert actor["country"] == "NGA" and actor["sector"] == "COP"
    city = {"text": "Lagos", "span": [31, 36], "country": None, "sector": None}
    ctx.place_country(city, doc[:])
    assert (city["country"], city["sector"]) == ("NGA", "GOV")
