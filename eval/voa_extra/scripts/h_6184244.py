from lib import Story
S = Story('voa-6184244', nosplit=(4,), force_after=['to a post at the U.N.'])
ev = S.ev
US = (None, 'USA', 'GOV')
NK = (None, 'PRK', 'GOV')
ev(0, 'denuclearization talks', 'CONSULT', None, ('U.S. President Donald Trump', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='"U.S." split merged; past (fruitless, deadlocked) U.S.-North Korea talks; the shift of priorities is not a PLOVER event')
ev(1, 'renewed nuclear diplomacy', 'CONSULT', None, ('the administration', 'USA', 'GOV'), NK, mod='hypothetical',
   note='Manning: little opportunity for renewed diplomacy (forecast)')
ev(2, 'negotiations', 'CONSULT', None, ('U.S. officials', 'USA', 'GOV'), ('North Korea', 'PRK', 'GOV'),
   note='officials involved in negotiations with North Korea (noun, asserted); the reassignment itself has no PLOVER type')
ev(2, 'denuclearization talks', 'CONSULT', None, ('his administration', 'USA', 'GOV'), NK,
   note='talks last year that failed to make a breakthrough (noun re-mention, asserted)')
ev(8, 'engagement', 'CONSULT', None, US, ('Pyongyang', 'PRK', 'GOV'), mod='hypothetical', neg=True,
   note='Pollack: "no further engagement with Pyongyang is planned" (expert inference); the nominations/confirmations in s.3-7 not coded')
ev(10, 'highlighted', 'ACCUSE', 'disapprove', ('He', 'USA', 'GOV'), ('the regime', 'PRK', 'GOV'),
   note='Trump (2018 State of the Union) highlighting North Korea\'s human rights violations; "spoke at length" (s.9) is a statement')
ev(10, 'violation of human rights', 'COERCE', None, ('the regime', 'PRK', 'GOV'), (None, 'PRK', 'CVL'), mod='hypothetical',
   note='content of the accusation (rights abuses); weak')
ev(10, 'detained', 'COERCE', 'arrest', NK, ('Otto Warmbier', 'USA', 'CVL'),
   note='historical detention of the American student in North Korea')
ev(10, 'release', 'RETREAT', 'release', NK, ('his', 'USA', 'CVL'), note='historical release of Warmbier (2017)')
ev(11, 'praised', 'SUPPORT', None, ('Trump', 'USA', 'GOV'), ('North Korean leader Kim Jong Un', 'PRK', 'GOV'),
   note='praised his first summit with Kim (2019 State of the Union)')
ev(11, 'first summit', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('North Korean leader Kim Jong Un', 'PRK', 'GOV'),
   note='noun mention of the Singapore summit (asserted, historical)')
ev(11, 'described his relationship with him as “a good one,”', 'SUPPORT', None, ('Trump', 'USA', 'GOV'), ('him', 'PRK', 'GOV'),
   note='praise of the relationship with Kim (second verbal act in the sentence; could be merged with "praised")')
ev(11, 'working on a second summit', 'AGREE', None, ('his administration', 'USA', 'GOV'), NK,
   note='announced intent to meet (CAMEO 036, precedent "expressed intent to visit" = AGREE)')
ev(12, 'met', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'),
   note='Singapore summit, June 2018 (neutral venue: no mode)')
ev(13, 'second summit', 'CONSULT', None, ('Their', 'USA', 'GOV'), NK,
   note='Hanoi summit, Feb 2019; Their = Trump and Kim (reciprocal)')
ev(14, 'call for full denuclearization', 'REQUEST', 'yield', ('Washington', 'USA', 'GOV'), NK,
   note='demand of full denuclearization (mode yield as in precedent; alternative change); "It ended quickly" not coded')
ev(14, 'demand for sanctions relief', 'REQUEST', 'yield', ('Pyongyang', 'PRK', 'GOV'), US,
   note='demand that sanctions be eased; "did not mesh" not coded separately')
ev(15, 'working-level talks', 'CONSULT', None, US, NK,
   note='Stockholm working-level talks, October 2019 (held, broke down); "the talks remain stalled" not coded again')
ev(17, 'continues to improve its missile and nuclear capabilities', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None,
   note='ongoing weapons development = rearmament (precedent: "maintain and advance its WMD program" = MOBILIZE/weapons)')
ev(18, 'continuing to develop its nuclear and ballistic missile programs', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None,
   note='per confidential U.N. report seen by Reuters (reported, asserted); the report itself not coded as ACCUSE')
ev(18, 'engaged with', 'CONSULT', None, ('it', 'PRK', 'GOV'), ('the U.S.', 'USA', 'GOV'),
   note='North Korea\'s engagement with the U.S. last year (asserted)')
ev(19, 'does not want to meet', 'REJECT', 'meet', ('he', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'),
   note='CNN: Trump told advisers he does not want to meet Kim before the election (refusal to meet; alternative negated future CONSULT); CNN report not coded as ACCUSE')
ev(20, 'would meet', 'AGREE', None, ('the president', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'),
   note='O\'Brien: conditional willingness to meet (the offer/intent is asserted, CAMEO 036; precedent conditional offer = AGREE asserted)')
ev(20, 'meet', 'CONSULT', None, ('the president', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'), mod='hypothetical',
   note='the conditional meeting itself; "making a deal" not coded separately')
ev(21, 'always willing', 'AGREE', None, ('he', 'USA', 'GOV'), NK,
   note='O\'Brien quote: Trump always willing to move the ball forward (same offer restated; weak)')
ev(22, 'another summit', 'CONSULT', None, ('the leaders', 'USA', 'GOV'), NK, mod='hypothetical',
   note='"whether another summit between the leaders is appropriate"; reciprocal (Trump, Kim)')
ev(23, 'attempting a summit', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'), mod='hypothetical',
   note='Paal: attempting a summit could be risky')
ev(24, 'leaving a door open for diplomacy', 'AGREE', None, ('the Trump administration', 'USA', 'GOV'), NK,
   note='openness to negotiate (CAMEO 036) as read from O\'Brien\'s remarks; weak; Paal\'s generic remarks (s.25) and "sees no need for a summit" (s.26, opinion) not coded')
ev(27, 'another summit', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'), mod='hypothetical', note='Snyder: hypothetical summit')
ev(28, 'another meeting', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('Kim', 'PRK', 'GOV'), mod='hypothetical',
   note='Snyder: hypothetical meeting (two mentions in the sentence coded once)')
ev(29, 'future meetings', 'CONSULT', None, ('Trump', 'USA', 'GOV'), ('Kim Jong Un', 'PRK', 'GOV'), mod='hypothetical')
ev(30, 'another summit will take place', 'CONSULT', None, ('Washington', 'USA', 'GOV'), ('Pyongyang', 'PRK', 'GOV'), mod='hypothetical',
   note='experts: little chance of another summit this year')
ev(31, 'meet', 'CONSULT', None, ('the two leaders', 'USA', 'GOV'), NK, mod='hypothetical', note='Pollack: unlikely meeting')
ev(31, 'new agreements will be reached', 'AGREE', None, ('the two leaders', 'USA', 'GOV'), NK, mod='hypothetical',
   note='unlikely new agreements (alternative SUPPORT as signing an agreement)')
ev(32, "aren’t talking to each other", 'CONSULT', None, ('The sides', 'USA', 'GOV'), NK, neg=True,
   note='"The sides simply aren\'t talking" = no contacts (negated CONSULT); "diplomacy is dead" (s.33, opinion) not coded')
ev(34, 'changes its position', 'CONCEDE', None, ('it', 'PRK', 'GOV'), US, mod='hypothetical',
   note='experts: North Korea could change position (precedent "change position" = hypothetical CONCEDE)')
ev(34, 'tests more missiles', 'MOBILIZE', 'weapons', ('it', 'PRK', 'GOV'), None, mod='hypothetical')
ev(36, 'escalate threats', 'THREATEN', None, ('North Korea', 'PRK', 'GOV'), US, mod='hypothetical',
   note='Gause forecast (precedent "increase threats" = hypothetical THREATEN)')
ev(36, 'testing its weapons again', 'MOBILIZE', 'weapons', ('North Korea', 'PRK', 'GOV'), None, mod='hypothetical',
   note='"in an attempt to gain the U.S. attention" (aim not coded); "stay conservative" not coded; the questions in s.38-41 not coded')
S.save()
