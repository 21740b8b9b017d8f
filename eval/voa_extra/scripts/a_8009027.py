from lib import Story
S = Story('voa-8009027')
ev = S.ev
ev(0, 'broke up', 'COERCE', 'arrest', ('the Moroccan counterterror agency', 'MAR', 'COP'), ('a terrorist cell', 'IMG', 'REB'),
   note='dismantling of an IS-Sahel-aligned cell (arrests); cell coded IMG REB like Islamic State in the existing gold')
ev(1, 'making remote-controlled bombs', 'MOBILIZE', 'weapons', ('the group', 'IMG', 'REB'), None,
   note='bomb-making reported by Moroccan authorities (reported speech = asserted); alternative: not coded')
ev(1, 'attacks', 'ASSAULT', 'explosives', ('the group', 'IMG', 'REB'), ('the North African country', 'MAR', None), mod='hypothetical',
   note='planned (foiled) attacks in Morocco')
ev(2, 'dismantled', 'COERCE', 'arrest', (None, 'ESP', 'COP'), ('a similar terrorist cell', 'IMG', 'REB'),
   note='November cell dismantled in Seville and Ceuta (Spanish authorities implied); "aligned with IS in the Sahel" (next sentence) is a relation, not coded')
ev(5, 'wreaking a devastating wave of violence', 'ASSAULT', None, ('The group', 'IMG', 'REB'), ('Burkina Faso, Niger and Mali', 'BFA', None),
   note='IS Sahel aggregate violence (named actor, main predication); compound recipient BFA, NER, MLI; "plunging these countries into chaos" = same occurrence')
ev(6, 'foiled', 'COERCE', 'arrest', (None, 'MAR', 'COP'), ('the foiled terror cells', 'IMG', 'REB'),
   note='noun re-mention of the two dismantled cells (Moroccan and Spanish authorities; compound MAR + ESP)')
ev(10, 'disrupted', 'COERCE', 'arrest', (None, 'MAR', 'COP'), ('these disrupted plots', 'IMG', 'REB'),
   note='noun re-mention of the dismantled cells/plots (compound MAR + ESP)')
ev(13, 'targets', 'ASSAULT', None, ('IS Sahel militants', 'IMG', 'REB'), ('countries traditionally seen as stable', None, None), mod='hypothetical',
   note='analyst warning that Guinea or Senegal could become targets (possibility; the analyst\'s "warns" is not a THREATEN)')
S.save()
