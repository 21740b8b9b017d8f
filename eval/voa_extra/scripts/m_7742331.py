from lib import Story
S = Story('voa-7742331')
ev = S.ev
ev(27, 'provides', 'AID', None, ('The Japanese government', 'JPN', 'GOV'), ('new immigrants', None, 'CVL'),
   note='government providing integration specialists to new immigrants (habitual service; weak, by the gold precedent of humanitarian/medical help to civilians = AID); immigrants mixed nationality -> country null')
ev(30, 'welcomed', 'SUPPORT', None, ('He', 'JPN', 'BUS'), ('foreign capital', None, 'BUS'),
   note='He = Kazuhiko Isozaki, founder of Beru Corporation; welcoming = SUPPORT (guide); recipient = foreign (especially Chinese) investors, country null (weak). The influx of capital itself (private market flow) not coded as COOPERATE')
S.save()
