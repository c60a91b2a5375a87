"""Write eval/probe-blind4/gold.json (the fourth blind probe's gold labels; stdlib only).

Sixteen invented US political articles, written blind for issue 10 (before their author read
retold's analysis, compare or link code). One dict per article: its metadata, its furniture lines,
and every direct quote of 4+ words as (text or [split segments], speaker, speaker_key); speaker
None where the text names no knowable source. Shorter quoted words are listed as scare quotes (not
scored). Statements with the same words and speaker in several articles are one gold statement.

    python3 eval/probe-blind4/build_gold.py && python3 examples/check_gold.py eval/probe-blind4/gold.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import write_gold  # eval/goldkit.py, shared by the probes

HERE = Path(__file__).resolve().parent

OUTLETS = {
    "AmeriWire": ("wire agency", "ameriwire.com", ["AmeriWire"]),
    "The Hudson Times": ("national broadsheet", "hudsontimes.com", ["Hudson Times"]),
    "CNX News": ("cable news website", "cnx.com", ["CNX"]),
    "Liberty Forge": ("partisan blog (right)", "libertyforge.com", ["Liberty Forge"]),
    "Blue Current": ("partisan blog (left)", "bluecurrent.org", ["Blue Current"]),
    "The Toledo Courier": ("local paper (Toledo, Ohio)", "toledocourier.com", ["Toledo Courier"]),
    "The Madison Beacon": ("local paper (Madison, Wis.)", "madisonbeacon.com", ["Madison Beacon"]),
    "The Rio Grande Register": ("local paper (Albuquerque)", "rgregister.com", ["Register"]),
    "The Meridian Monthly": ("magazine", "meridianmonthly.com", ["Meridian Monthly"]),
}
STORIES = {
    "S1": ("2026-10-06", "The only debate of the invented Ohio Senate race: Sen. Carl Brandvold (R) v. Maren Ostrowski (D), Cleveland"),
    "S2": ("2026-06-30", "Wisconsin Gov. Lorraine Duchamp (D) vetoes the whole Republican state budget"),
    "S3": ("2026-09-16", "House Oversight subcommittee hearing on Rep. Calvin Rusk (D-N.M.) and developer Leonard Szabo's $40 million HUD grant"),
}

ARTICLES = {'wire/ameriwire-2026-10-06-ohio-senate-debate.txt': {'outlet': 'AmeriWire',
                                                      'title': 'Brandvold, Ostrowski trade blows '
                                                               'over housing and taxes in only '
                                                               'Ohio Senate debate',
                                                      'published': '2026-10-06',
                                                      'story': 'S1',
                                                      'boiler': ['AMERIWIRE | Politics',
                                                                 'October 6, 2026 11:42 PM EDT',
                                                                 'By Luis Carvajal and Brenda Holm',
                                                                 '(Reporting by Luis Carvajal in '
                                                                 'Cleveland and Brenda Holm in '
                                                                 'Columbus; Editing by Marcus '
                                                                 'Oduya)'],
                                                      'quotes': [('a fraud on every working family '
                                                                  'in Ohio.',
                                                                  'Carl Brandvold',
                                                                  'Brandvold',
                                                                  'Brandvold'),
                                                                 ('She wants to spend $9 billion '
                                                                  'of your money and she can’t '
                                                                  'tell you where a dime of it '
                                                                  'comes from,',
                                                                  'Carl Brandvold',
                                                                  'Brandvold',
                                                                  'Brandvold'),
                                                                 (['Senator Brandvold had one '
                                                                   'chance to help Ohio families '
                                                                   'afford a roof, and he voted '
                                                                   'no,',
                                                                   'Then he went home and told you '
                                                                   'he was on your side.'],
                                                                  'Maren Ostrowski',
                                                                  'Ostrowski',
                                                                  'Ostrowski'),
                                                                 ('My wife has managed her own '
                                                                  'money for forty years, and '
                                                                  'nobody in this room is going to '
                                                                  'tell me she did something '
                                                                  'wrong,',
                                                                  'Carl Brandvold',
                                                                  'Brandvold',
                                                                  'Brandvold'),
                                                                 (['This is a coin flip, and both '
                                                                   'campaigns know it,',
                                                                   'Neither of them landed a '
                                                                   'knockout tonight, and I don’t '
                                                                   'think either needed to.'],
                                                                  'Elaine Marchetti',
                                                                  'Marchetti',
                                                                  'Marchetti'),
                                                                 ('Maren Ostrowski raised your '
                                                                  'fees and called it progress.',
                                                                  'Heartland Renewal Fund',
                                                                  'Fund',
                                                                  'Fund'),
                                                                 ('They know it’s a lie and '
                                                                  'they’re running it anyway, '
                                                                  'because they can’t run on his '
                                                                  'record,',
                                                                  'Nadia Ferris',
                                                                  'Ferris',
                                                                  'Ferris'),
                                                                 ('We heard a lot about the past '
                                                                  'and not much about the 400,000 '
                                                                  'Ohio renters who are one bad '
                                                                  'month away from eviction,',
                                                                  'Dana Whitcombe',
                                                                  'Whitcombe',
                                                                  'Whitcombe'),
                                                                 ('He was calm, he was specific, '
                                                                  'and she spent the night '
                                                                  'attacking his wife,',
                                                                  'Trey Halvorsen',
                                                                  'Halvorsen',
                                                                  'Halvorsen')],
                                                      'scare': ['Absolutely.']},
 'papers/hudson-times/ohio-senate-debate-brandvold-ostrowski.txt': {'outlet': 'The Hudson Times',
                                                                    'title': 'In Ohio, a Senator’s '
                                                                             'Wife, a Housing Bill '
                                                                             'and a Race Neither '
                                                                             'Side Can Shake',
                                                                    'published': '2026-10-07',
                                                                    'story': 'S1',
                                                                    'boiler': ['Wednesday, October '
                                                                               '7, 2026',
                                                                               'THE HUDSON TIMES',
                                                                               'Politics | The '
                                                                               '2026 Elections',
                                                                               'By Evelyn '
                                                                               'Marsh-Connolly'],
                                                                    'quotes': [(['You can come '
                                                                                 'after me all '
                                                                                 'night,',
                                                                                 'You leave Janet '
                                                                                 'out of it.'],
                                                                                'Carl Brandvold',
                                                                                'Brandvold',
                                                                                'Brandvold'),
                                                                               (['The rules say '
                                                                                 'it’s fine,',
                                                                                 'That’s the '
                                                                                 'problem with the '
                                                                                 'rules.'],
                                                                                'Maren Ostrowski',
                                                                                'Ostrowski',
                                                                                'Ostrowski'),
                                                                               ('a fraud on every '
                                                                                'working family in '
                                                                                'Ohio.',
                                                                                'Carl Brandvold',
                                                                                'Brandvold',
                                                                                'Brandvold'),
                                                                               (['I’ve served with '
                                                                                 'Carl for eleven '
                                                                                 'years, and I '
                                                                                 'like Carl,',
                                                                                 'But Carl has '
                                                                                 'been wrong about '
                                                                                 'housing for '
                                                                                 'eleven years.'],
                                                                                'Judith Kallstrom',
                                                                                'Kallstrom',
                                                                                'Kallstrom'),
                                                                               (['Judy’s a good '
                                                                                 'friend,',
                                                                                 'She’s also from '
                                                                                 'Vermont.'],
                                                                                'Carl Brandvold',
                                                                                'Brandvold',
                                                                                'Brandvold'),
                                                                               (['I don’t care '
                                                                                 'about his wife’s '
                                                                                 'stocks,',
                                                                                 'I care that my '
                                                                                 'grandson is 26 '
                                                                                 'and still '
                                                                                 'sleeping in my '
                                                                                 'basement.'],
                                                                                'Ray Tull',
                                                                                'Tull',
                                                                                'Tull'),
                                                                               ('complies fully '
                                                                                'with every law '
                                                                                'governing '
                                                                                'independent '
                                                                                'expenditures.',
                                                                                'Colin Ashworth',
                                                                                'Ashworth',
                                                                                'Ashworth'),
                                                                               (['I’d regret it if '
                                                                                 'I hadn’t,',
                                                                                 'People deserve '
                                                                                 'to know who '
                                                                                 'their senator '
                                                                                 'works for.'],
                                                                                'Maren Ostrowski',
                                                                                'Ostrowski',
                                                                                'Ostrowski'),
                                                                               (['Maren Ostrowski '
                                                                                 'has never once '
                                                                                 'said how she’d '
                                                                                 'pay for any of '
                                                                                 'this,',
                                                                                 'Not once. Ask '
                                                                                 'her.'],
                                                                                'Trey Halvorsen',
                                                                                'Halvorsen',
                                                                                'Halvorsen'),
                                                                               ('Both of them held '
                                                                                'their voters. The '
                                                                                'undecideds are '
                                                                                'still undecided, '
                                                                                'and there aren’t '
                                                                                'many of them '
                                                                                'left.',
                                                                                'Elaine Marchetti',
                                                                                'Marchetti',
                                                                                'Marchetti')],
                                                                    'scare': []},
 'web/cnx/ohio-senate-debate-takeaways.txt': {'outlet': 'CNX News',
                                              'title': '5 takeaways from the fiery Ohio Senate '
                                                       'debate',
                                              'published': '2026-10-07',
                                              'story': 'S1',
                                              'boiler': ['CNX News',
                                                         'Politics › Election 2026',
                                                         'By Kendra Ullman, CNX Political Reporter',
                                                         'Updated 7:15 AM ET, Wed October 7, 2026',
                                                         'CNX’s Tom Reyes contributed to this '
                                                         'report.',
                                                         '© 2026 CNX News Network. All Rights '
                                                         'Reserved.'],
                                              'quotes': [('My mom raised four kids and buried her '
                                                          'parents while Dad served. Shame on you, '
                                                          'Maren.',
                                                          'Eric Brandvold',
                                                          'Brandvold',
                                                          'Brandvold'),
                                                         ('She asked a fair question and he threw '
                                                          'a tantrum,',
                                                          'Nadia Ferris',
                                                          'Ferris',
                                                          'Ferris'),
                                                         ('He voted no. Say it with me: he voted '
                                                          'no.',
                                                          'Maren Ostrowski',
                                                          'Ostrowski',
                                                          'Ostrowski'),
                                                         ('would have handed billions to coastal '
                                                          'developers',
                                                          'Carl Brandvold',
                                                          'Brandvold',
                                                          'Brandvold'),
                                                         ('a fraud on every working family in Ohio',
                                                          'Carl Brandvold',
                                                          'Brandvold',
                                                          'Brandvold'),
                                                         ('I’ll pay for it by closing the '
                                                          'loopholes Carl Brandvold voted to open.',
                                                          'Maren Ostrowski',
                                                          'Ostrowski',
                                                          'Ostrowski'),
                                                         ('Carl Brandvold has delivered for Ohio '
                                                          'for eleven years, and no senator from '
                                                          'New England is going to tell Ohioans '
                                                          'otherwise,',
                                                          'Roy Eckhart',
                                                          'Eckhart',
                                                          'Eckhart'),
                                                         ('If you were for Brandvold, you’re still '
                                                          'for Brandvold. If you were for '
                                                          'Ostrowski, same,',
                                                          'Elaine Marchetti',
                                                          'Marchetti',
                                                          'Marchetti'),
                                                         ('I came in undecided and I’m leaving '
                                                          'undecided,',
                                                          'Ray Tull',
                                                          'Tull',
                                                          'Tull'),
                                                         ('She won. He looked tired,',
                                                          'Keisha Donnell',
                                                          'Donnell',
                                                          'Donnell'),
                                                         ('He looked like a senator. She looked '
                                                          'like she was auditioning,',
                                                          'Mike Szymanski',
                                                          'Szymanski',
                                                          'Szymanski'),
                                                         ('I’m Carl Brandvold. I don’t need a '
                                                          'teleprompter to tell you what I '
                                                          'believe.',
                                                          'Carl Brandvold',
                                                          'Brandvold',
                                                          'Brandvold')],
                                              'scare': ['from Vermont.']},
 'web/liberty-forge/ostrowski-debate-meltdown.txt': {'outlet': 'Liberty Forge',
                                                     'title': 'Ostrowski Goes After Brandvold’s '
                                                              'Wife, Gets Schooled',
                                                     'published': '2026-10-07',
                                                     'story': 'S1',
                                                     'boiler': ['Defending the Republic, One Post '
                                                                'at a Time',
                                                                'Posted by Dale Reinholt | October '
                                                                '7, 2026',
                                                                'Share this post: Facebook | X | '
                                                                'Telegram',
                                                                'Comments (214)',
                                                                '© 2026 Liberty Forge LLC'],
                                                     'quotes': [('You can come after me all night. '
                                                                 'You leave Janet out of it.',
                                                                 'Carl Brandvold',
                                                                 'Brandvold',
                                                                 'Brandvold'),
                                                                ('made her look desperate, and '
                                                                 'she’s not a desperate person, '
                                                                 'which is what made it worse.',
                                                                 'One Democratic county chairman '
                                                                 'from the Mahoning Valley',
                                                                 'chairman',
                                                                 'told us the moment'),
                                                                ('My mom raised four kids and '
                                                                 'buried her parents while Dad '
                                                                 'served. Shame on you, Maren.',
                                                                 'Eric Brandvold',
                                                                 'Brandvold',
                                                                 'Brandvold'),
                                                                (['Maren Ostrowski has been in '
                                                                  'politics for twenty years and '
                                                                  'she still thinks Ohio is a '
                                                                  'faculty lounge,',
                                                                  'My father doesn’t need lectures '
                                                                  'from her or from Judith '
                                                                  'Kallstrom.'],
                                                                 'Eric Brandvold',
                                                                 'Brandvold',
                                                                 'Brandvold'),
                                                                ('Maren Ostrowski raised your fees '
                                                                 'and called it progress.',
                                                                 'Heartland Renewal Fund',
                                                                 'Fund',
                                                                 'Fund'),
                                                                ('The Office of the Lieutenant '
                                                                 'Governor recommends an increase '
                                                                 'in annual filing fees for '
                                                                 'limited liability companies to '
                                                                 '$150.',
                                                                 'Maren Ostrowski',
                                                                 'Ostrowski',
                                                                 'Ostrowski'),
                                                                (['I watched that woman go after a '
                                                                  'grandmother for a stock trade, '
                                                                  'and I thought, that’s who they '
                                                                  'are,',
                                                                  'I’m voting for Carl and I’m '
                                                                  'bringing my sister.'],
                                                                 'Sherry Lutz',
                                                                 'Lutz',
                                                                 'Lutz'),
                                                                ('I’d regret it if I hadn’t.',
                                                                 'Maren Ostrowski',
                                                                 'Ostrowski',
                                                                 'Ostrowski')],
                                                     'scare': ['temper.',
                                                               'backfired.',
                                                               'plan.',
                                                               'loopholes.',
                                                               'wrong about housing.']},
 'papers/toledo-courier/ostrowski-watch-party-toledo.txt': {'outlet': 'The Toledo Courier',
                                                            'title': 'At Ostrowski’s hometown '
                                                                     'watch party, cheers, groans '
                                                                     'and one long silence',
                                                            'published': '2026-10-07',
                                                            'story': 'S1',
                                                            'boiler': ['THE TOLEDO COURIER',
                                                                       'Oct. 7, 2026',
                                                                       'Local News | Election 2026',
                                                                       'By Renee Kowalski | '
                                                                       'Courier Staff Writer',
                                                                       'Renee Kowalski covers '
                                                                       'politics for The Courier. '
                                                                       'Reach her at '
                                                                       'rkowalski@toledocourier.com.',
                                                                       '© 2026 The Toledo Courier'],
                                                            'quotes': [('Answer the question, '
                                                                        'Carl!',
                                                                        'a person near the pool '
                                                                        'table',
                                                                        'person',
                                                                        'somebody near the pool '
                                                                        'table yelled'),
                                                                       (['Maren was asking that '
                                                                         'kind of question when '
                                                                         'she was nine years old,',
                                                                         'Our dad used to say '
                                                                         'she’d either be a lawyer '
                                                                         'or a senator, and she '
                                                                         'skipped the lawyer '
                                                                         'part.'],
                                                                        'Greg Ostrowski',
                                                                        'Ostrowski',
                                                                        'Ostrowski'),
                                                                       ('He should smile more. '
                                                                        'He’s got a nice smile '
                                                                        'when he uses it,',
                                                                        'Helen Ostrowski',
                                                                        'Ostrowski',
                                                                        'Ostrowski'),
                                                                       ('a fraud on every working '
                                                                        'family in Ohio.',
                                                                        'Carl Brandvold',
                                                                        'Brandvold',
                                                                        'Brandvold'),
                                                                       (['Nine billion dollars '
                                                                         'sounds like a lot until '
                                                                         'you divide it by the '
                                                                         'number of people in this '
                                                                         'state who can’t find a '
                                                                         'place to live,',
                                                                         'I’d like the senator to '
                                                                         'meet some of them.'],
                                                                        'Dana Whitcombe',
                                                                        'Whitcombe',
                                                                        'Whitcombe'),
                                                                       (['For ten years nobody '
                                                                         'running for anything in '
                                                                         'this state would say the '
                                                                         'word ‘rent’ out loud,',
                                                                         'Now they’re fighting '
                                                                         'about it. I’ll take it.'],
                                                                        'Marcus Fenwick',
                                                                        'Fenwick',
                                                                        'Fenwick'),
                                                                       ('a Brandvold guy since the '
                                                                        'first time,',
                                                                        'Larry Beaumont',
                                                                        'Beaumont',
                                                                        'Beaumont'),
                                                                       ('Ask me in a month,',
                                                                        'Larry Beaumont',
                                                                        'Beaumont',
                                                                        'Beaumont'),
                                                                       (['Toledo, I could hear you '
                                                                         'from here,',
                                                                         'Four more weeks. Don’t '
                                                                         'let anybody tell you '
                                                                         'this one’s over.'],
                                                                        'Maren Ostrowski',
                                                                        'Ostrowski',
                                                                        'Ostrowski'),
                                                                       ('done exactly what he '
                                                                        'needed to do.',
                                                                        'Donna Klepper',
                                                                        'Klepper',
                                                                        'Klepper'),
                                                                       (['He stood up for his '
                                                                         'family and he stuck to '
                                                                         'the issues,',
                                                                         'That’s what people here '
                                                                         'respect.'],
                                                                        'Donna Klepper',
                                                                        'Klepper',
                                                                        'Klepper'),
                                                                       ('They can have Frankie’s. '
                                                                        'We’ll take November,',
                                                                        'Donna Klepper',
                                                                        'Klepper',
                                                                        'Klepper')],
                                                            'scare': []},
 'wire/ameriwire-2026-06-30-wisconsin-budget-veto.txt': {'outlet': 'AmeriWire',
                                                         'title': 'Wisconsin governor vetoes '
                                                                  'Republican budget, setting up '
                                                                  'shutdown fight',
                                                         'published': '2026-06-30',
                                                         'story': 'S2',
                                                         'boiler': ['AMERIWIRE | U.S. News',
                                                                    'June 30, 2026 6:05 PM CDT',
                                                                    'By Priya Natarajan',
                                                                    '(Reporting by Priya '
                                                                    'Natarajan; Editing by Marcus '
                                                                    'Oduya)'],
                                                         'quotes': [('I will not sign a budget '
                                                                     'that tells a kindergarten '
                                                                     'teacher in Superior she’s '
                                                                     'worth less than a tax break '
                                                                     'for a hedge fund in Chicago,',
                                                                     'Lorraine Duchamp',
                                                                     'Duchamp',
                                                                     'Duchamp'),
                                                                    ('the most irresponsible act '
                                                                     'by a Wisconsin governor in '
                                                                     'my lifetime.',
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    ('She had a balanced budget on '
                                                                     'her desk with a tax cut for '
                                                                     'every working family in this '
                                                                     'state, and she threw it in '
                                                                     'the trash to get on cable '
                                                                     'news,',
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    (['We have 412 school '
                                                                      'districts that now have to '
                                                                      'guess,',
                                                                      'Some of them will guess '
                                                                      'wrong, and kids will pay '
                                                                      'for it.'],
                                                                     'Harold Bjornstad',
                                                                     'Bjornstad',
                                                                     'Bjornstad'),
                                                                    ('Ongoing revenues would fall '
                                                                     'short of ongoing '
                                                                     'expenditures in each year of '
                                                                     'the 2027-29 biennium,',
                                                                     'Legislative Fiscal Bureau',
                                                                     'Bureau',
                                                                     'Bureau'),
                                                                    ('Every budget looks bad if '
                                                                     'you assume Wisconsin stands '
                                                                     'still for four years,',
                                                                     'Diane Voigt',
                                                                     'Voigt',
                                                                     'Voigt'),
                                                                    ('Not one Democrat is going to '
                                                                     'vote to override this veto. '
                                                                     'Not one,',
                                                                     'Tamara Oyelaran',
                                                                     'Oyelaran',
                                                                     'Oyelaran'),
                                                                    ('I voted for this budget and '
                                                                     'I’d vote for it again, but '
                                                                     'I’m not going to pretend the '
                                                                     'school money is right,',
                                                                     'Gary Lindqvist',
                                                                     'Lindqvist',
                                                                     'Lindqvist'),
                                                                    ('I’ve been negotiating for '
                                                                     'five months. She’s been '
                                                                     'posing.',
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger')],
                                                         'scare': ['unanimous']},
 'papers/madison-beacon/budget-veto-capitol-rally.txt': {'outlet': 'The Madison Beacon',
                                                         'title': 'Teachers cheer, Republicans '
                                                                  'fume as Duchamp vetoes whole '
                                                                  'budget',
                                                         'published': '2026-07-01',
                                                         'story': 'S2',
                                                         'boiler': ['The Madison Beacon',
                                                                    'Wednesday, July 1, 2026',
                                                                    'State Politics',
                                                                    'By Cal Brenneman and Sofia '
                                                                    'Lindgren | Beacon staff',
                                                                    'Beacon reporter Tomas Avila '
                                                                    'contributed to this story.',
                                                                    'Sign up for The Beacon’s '
                                                                    'Capitol newsletter',
                                                                    '© 2026 The Madison Beacon'],
                                                         'quotes': [('Fund Our Schools, Not Your '
                                                                     'Donors.',
                                                                     'Lisa Kowalczyk',
                                                                     'Kowalczyk',
                                                                     'Kowalczyk'),
                                                                    (['This budget was written for '
                                                                      'the people who already have '
                                                                      'plenty,',
                                                                      'I was elected to write one '
                                                                      'for everybody else.'],
                                                                     'Lorraine Duchamp',
                                                                     'Duchamp',
                                                                     'Duchamp'),
                                                                    (['My class had 31 kids last '
                                                                      'year,',
                                                                      'I want the people in this '
                                                                      'building to come spend one '
                                                                      'day in that room.'],
                                                                     'Lisa Kowalczyk',
                                                                     'Kowalczyk',
                                                                     'Kowalczyk'),
                                                                    ('a temper tantrum with a pen',
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    (['We’re not going back to '
                                                                      'square one because the '
                                                                      'governor wants a photo op,',
                                                                      'The budget we sent her is '
                                                                      'the budget.'],
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    (['Walt and I have disagreed '
                                                                      'about things since we were '
                                                                      'children, and we’ll '
                                                                      'disagree about this,',
                                                                      'I want a tax cut. I want '
                                                                      'one that doesn’t come out '
                                                                      'of Elmbrook’s classrooms.'],
                                                                     'Ruth Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    ('Ruth’s entitled to be wrong. '
                                                                     'She’s been practicing for 60 '
                                                                     'years,',
                                                                     'Walt Kessinger',
                                                                     'Kessinger',
                                                                     'Kessinger'),
                                                                    (['Flat funding in an '
                                                                      'inflationary year is a cut. '
                                                                      'Let’s be honest about that,',
                                                                      'But a bad budget that locks '
                                                                      'in for two years is worse.'],
                                                                     'Alicia Munro',
                                                                     'Munro',
                                                                     'Munro'),
                                                                    (['Any agreement must restore '
                                                                      'general school aid to at '
                                                                      'least the level in the '
                                                                      'Governor’s original '
                                                                      'proposal,',
                                                                      'The Governor is prepared to '
                                                                      'accept a smaller income tax '
                                                                      'reduction than she '
                                                                      'originally proposed.'],
                                                                     'Amir Sadeghi',
                                                                     'Sadeghi',
                                                                     'Sadeghi'),
                                                                    ('the first useful thing',
                                                                     'Diane Voigt',
                                                                     'Voigt',
                                                                     'Voigt'),
                                                                    ('They’ll figure it out. They '
                                                                     'always do, about a week '
                                                                     'after everybody stops paying '
                                                                     'attention,',
                                                                     'Jim Ostrander',
                                                                     'Ostrander',
                                                                     'Ostrander'),
                                                                    ('a chance to start fresh.',
                                                                     'Britt Lofgren',
                                                                     'Lofgren',
                                                                     'Lofgren')],
                                                         'scare': ['Veto It All.']},
 'web/blue-current/duchamp-veto-kessinger-meltdown.txt': {'outlet': 'Blue Current',
                                                          'title': 'Duchamp Said No. Walt '
                                                                   'Kessinger Is Not Taking It '
                                                                   'Well.',
                                                          'published': '2026-07-01',
                                                          'story': 'S2',
                                                          'boiler': ['Progressive news from the '
                                                                     'Upper Midwest',
                                                                     'by Jordan Whitlow · July 1, '
                                                                     '2026 · 6 min read',
                                                                     'Blue Current is '
                                                                     'reader-supported. Chip in $5 '
                                                                     '→',
                                                                     'Filed under: Wisconsin, '
                                                                     'Budget, Walt Kessinger'],
                                                          'quotes': [('This budget was written for '
                                                                      'the people who already have '
                                                                      'plenty. I was elected to '
                                                                      'write one for everybody '
                                                                      'else.',
                                                                      'Lorraine Duchamp',
                                                                      'Duchamp',
                                                                      'Duchamp'),
                                                                     ('Today Gov. Duchamp chose '
                                                                      'chaos over compromise. '
                                                                      'Wisconsin families deserve '
                                                                      'better than a governor who '
                                                                      'governs by veto pen,',
                                                                      'Walt Kessinger',
                                                                      'Kessinger',
                                                                      'Kessinger'),
                                                                     ('a temper tantrum with a '
                                                                      'pen.',
                                                                      'Walt Kessinger',
                                                                      'Kessinger',
                                                                      'Kessinger'),
                                                                     ('comes out of Elmbrook’s '
                                                                      'classrooms.',
                                                                      'Ruth Kessinger',
                                                                      'Kessinger',
                                                                      'Kessinger'),
                                                                     (['For five months they’ve '
                                                                       'told us there’s no money '
                                                                       'for schools. Then they '
                                                                       'found $2.1 billion for a '
                                                                       'tax cut in about a week,',
                                                                       'The money was always '
                                                                       'there. They just didn’t '
                                                                       'want to spend it on your '
                                                                       'kids.'],
                                                                      'Tamara Oyelaran',
                                                                      'Oyelaran',
                                                                      'Oyelaran'),
                                                                     (['Gary Lindqvist voted for '
                                                                       'this budget twice, once in '
                                                                       'committee and once on the '
                                                                       'floor,',
                                                                       'Now he’d like a cookie for '
                                                                       'saying it’s bad.'],
                                                                      'Gary Tran',
                                                                      'Tran',
                                                                      'Tran'),
                                                                     ('Ongoing revenues would fall '
                                                                      'short of ongoing '
                                                                      'expenditures in each year '
                                                                      'of the 2027-29 biennium.',
                                                                      'Legislative Fiscal Bureau',
                                                                      'Bureau',
                                                                      'Bureau'),
                                                                     (['I told her this is what '
                                                                       'democracy looks like. She '
                                                                       'said it looks hot and '
                                                                       'loud,',
                                                                       'She’s not wrong.'],
                                                                      'Marisol Ocampo',
                                                                      'Ocampo',
                                                                      'Ocampo'),
                                                                     ('ready to meet them halfway, '
                                                                      'but not on the kids.',
                                                                      'Britt Lofgren',
                                                                      'Lofgren',
                                                                      'Lofgren')],
                                                          'scare': ['a tax cut',
                                                                    'No. Next question,']},
 'papers/hudson-times/wisconsin-governor-vetoes-budget.txt': {'outlet': 'The Hudson Times',
                                                              'title': 'A Governor’s Veto Tests '
                                                                       'How Far Wisconsin’s '
                                                                       'Stalemate Can Go',
                                                              'published': '2026-07-01',
                                                              'story': 'S2',
                                                              'boiler': ['Wednesday, July 1, 2026',
                                                                         'THE HUDSON TIMES',
                                                                         'U.S. | Wisconsin',
                                                                         'By Nathaniel Grieve',
                                                                         'Sarah Pineda contributed '
                                                                         'reporting from '
                                                                         'Milwaukee.'],
                                                              'quotes': [(['I read the school aid '
                                                                           'numbers in May and I '
                                                                           'knew,',
                                                                           'Everything after that '
                                                                           'was people hoping I’d '
                                                                           'change my mind.'],
                                                                          'Lorraine Duchamp',
                                                                          'Duchamp',
                                                                          'Duchamp'),
                                                                         (['No. I’m worried that a '
                                                                           'teacher in Rhinelander '
                                                                           'is going to look at '
                                                                           'her class list in '
                                                                           'August and count 34 '
                                                                           'names,',
                                                                           'That’s what I’m '
                                                                           'worried about.'],
                                                                          'Lorraine Duchamp',
                                                                          'Duchamp',
                                                                          'Duchamp'),
                                                                         (['We gave her four '
                                                                           'different versions of '
                                                                           'school funding. She '
                                                                           'said no to all four,',
                                                                           'At some point you have '
                                                                           'to conclude she didn’t '
                                                                           'want a deal.'],
                                                                          'Walt Kessinger',
                                                                          'Kessinger',
                                                                          'Kessinger'),
                                                                         ('We talked about our '
                                                                          'mother’s hip surgery. '
                                                                          'We did not talk about '
                                                                          'the budget,',
                                                                          'Ruth Kessinger',
                                                                          'Kessinger',
                                                                          'Kessinger'),
                                                                         (['Three hundred million '
                                                                           'is a start,',
                                                                           'It isn’t a finish.'],
                                                                          'Gary Tran',
                                                                          'Tran',
                                                                          'Tran'),
                                                                         (['Gary’s a good man and '
                                                                           'he’s going to vote for '
                                                                           'whatever the governor '
                                                                           'tells him to vote for,',
                                                                           'I’m trying to find 50 '
                                                                           'votes.'],
                                                                          'Gary Lindqvist',
                                                                          'Lindqvist',
                                                                          'Lindqvist'),
                                                                         ('Every budget looks bad '
                                                                          'if you assume Wisconsin '
                                                                          'stands still for four '
                                                                          'years,',
                                                                          'Diane Voigt',
                                                                          'Voigt',
                                                                          'Voigt'),
                                                                         (['The uncertainty alone '
                                                                           'costs money,',
                                                                           'Every week this goes '
                                                                           'on, someone decides '
                                                                           'not to build here.'],
                                                                          'Craig Mattson',
                                                                          'Mattson',
                                                                          'Mattson'),
                                                                         ('I’m a patient person. '
                                                                          'Ask anyone who’s ever '
                                                                          'worked in a school.',
                                                                          'Lorraine Duchamp',
                                                                          'Duchamp',
                                                                          'Duchamp')],
                                                              'scare': []},
 'web/cnx/wisconsin-budget-veto-what-happens-now.txt': {'outlet': 'CNX News',
                                                        'title': 'Wisconsin has no budget. Here’s '
                                                                 'what happens now',
                                                        'published': '2026-07-01',
                                                        'story': 'S2',
                                                        'boiler': ['CNX News',
                                                                   'Politics › States',
                                                                   'By Kendra Ullman, CNX',
                                                                   'Updated 10:02 AM ET, Wed July '
                                                                   '1, 2026',
                                                                   '© 2026 CNX News Network. All '
                                                                   'Rights Reserved.'],
                                                        'quotes': [(['Sure. One that’s paid for, '
                                                                     'and one that doesn’t come '
                                                                     'out of a second-grade '
                                                                     'classroom,',
                                                                     'That’s not a high bar.'],
                                                                    'Lorraine Duchamp',
                                                                    'Duchamp',
                                                                    'Duchamp'),
                                                                   ('Today Gov. Duchamp chose '
                                                                    'chaos over compromise. '
                                                                    'Wisconsin families deserve '
                                                                    'better than a governor who '
                                                                    'governs by veto pen.',
                                                                    'Walt Kessinger',
                                                                    'Kessinger',
                                                                    'Kessinger'),
                                                                   ('open to a conversation',
                                                                    'Diane Voigt',
                                                                    'Voigt',
                                                                    'Voigt'),
                                                                   ('a budget without a tax cut.',
                                                                    'Diane Voigt',
                                                                    'Voigt',
                                                                    'Voigt'),
                                                                   ('The people of Wisconsin were '
                                                                    'promised tax relief, and '
                                                                    'they’re going to get it,',
                                                                    'Diane Voigt',
                                                                    'Voigt',
                                                                    'Voigt'),
                                                                   (['Continuing at last year’s '
                                                                     'levels sounds harmless, but '
                                                                     'it means no new money for '
                                                                     'schools, for Medicaid '
                                                                     'growth, for anything,',
                                                                     'The longer it goes, the more '
                                                                     'it bites.'],
                                                                    'Marta Reinholtz',
                                                                    'Reinholtz',
                                                                    'Reinholtz'),
                                                                   ('Not one Democrat will vote to '
                                                                    'override. Come to the table.',
                                                                    'Tamara Oyelaran',
                                                                    'Oyelaran',
                                                                    'Oyelaran'),
                                                                   ('The Governor is prepared to '
                                                                    'accept a smaller income tax '
                                                                    'reduction than she originally '
                                                                    'proposed.',
                                                                    'Amir Sadeghi',
                                                                    'Sadeghi',
                                                                    'Sadeghi'),
                                                                   ('a start, not a finish.',
                                                                    'Gary Tran',
                                                                    'Tran',
                                                                    'Tran'),
                                                                   ('Fund Our Schools, Not Your '
                                                                    'Donors.',
                                                                    'Lisa Kowalczyk',
                                                                    'Kowalczyk',
                                                                    'Kowalczyk'),
                                                                   ('puts politics ahead of every '
                                                                    'employer in this state.',
                                                                    'Wisconsin Manufacturers '
                                                                    'Forward',
                                                                    'Forward',
                                                                    'Forward')],
                                                        'scare': ['Ask the governor.']},
 'wire/ameriwire-2026-09-16-rusk-hearing-szabo.txt': {'outlet': 'AmeriWire',
                                                      'title': 'Developer tells House panel he '
                                                               'never asked Rep. Rusk for housing '
                                                               'grant',
                                                      'published': '2026-09-16',
                                                      'story': 'S3',
                                                      'boiler': ['AMERIWIRE | Politics',
                                                                 'September 16, 2026 4:58 PM EDT',
                                                                 'By Owen Castellano',
                                                                 '(Reporting by Owen Castellano; '
                                                                 'Editing by Marcus Oduya)'],
                                                      'quotes': [(['I have never in my life asked '
                                                                   'Congressman Rusk for anything,',
                                                                   'I gave to his campaigns '
                                                                   'because I believe in him, the '
                                                                   'way thousands of other people '
                                                                   'in New Mexico do.'],
                                                                  'Leonard Szabo',
                                                                  'Szabo',
                                                                  'Szabo'),
                                                                 ('Dad says thank you for pushing '
                                                                  'HUD. We owe you guys,',
                                                                  'Claire Szabo',
                                                                  'Szabo',
                                                                  'Szabo'),
                                                                 ('My daughter says thank you to '
                                                                  'the mailman,',
                                                                  'Leonard Szabo',
                                                                  'Szabo',
                                                                  'Szabo'),
                                                                 ('In nine years in this office I '
                                                                  'have not seen a member’s staff '
                                                                  'contact a grant program this '
                                                                  'often about a single applicant,',
                                                                  'Fiona Adair',
                                                                  'Adair',
                                                                  'Adair'),
                                                                 ('proud to have fought for '
                                                                  'affordable housing in New '
                                                                  'Mexico',
                                                                  'Calvin Rusk',
                                                                  'Rusk',
                                                                  'Rusk'),
                                                                 ('turning constituent service '
                                                                  'into a crime.',
                                                                  'Calvin Rusk',
                                                                  'Rusk',
                                                                  'Rusk'),
                                                                 ('Every member of this committee '
                                                                  'has called a federal agency on '
                                                                  'behalf of a company in their '
                                                                  'district. Every single one,',
                                                                  'Calvin Rusk',
                                                                  'Rusk',
                                                                  'Rusk'),
                                                                 ('If this was a rigged process, '
                                                                  'somebody forgot to tell the '
                                                                  'people who scored it,',
                                                                  'Andre Gaskins',
                                                                  'Gaskins',
                                                                  'Gaskins'),
                                                                 ('You don’t remember talking '
                                                                  'about a $40 million grant at a '
                                                                  'party in your own house?',
                                                                  'Dale Pruitt',
                                                                  'Pruitt',
                                                                  'Pruitt'),
                                                                 ('Congressman, I host a lot of '
                                                                  'parties,',
                                                                  'Leonard Szabo',
                                                                  'Szabo',
                                                                  'Szabo'),
                                                                 ('There’s nothing here, and the '
                                                                  'inspector general said so under '
                                                                  'oath,',
                                                                  'Benjamin Hadley',
                                                                  'Hadley',
                                                                  'Hadley')],
                                                      'scare': []},
 'papers/hudson-times/rusk-szabo-hearing-oversight.txt': {'outlet': 'The Hudson Times',
                                                          'title': '‘I Host a Lot of Parties’: '
                                                                   'Developer Parries Questions on '
                                                                   'Rusk Grant',
                                                          'published': '2026-09-17',
                                                          'story': 'S3',
                                                          'boiler': ['Thursday, September 17, 2026',
                                                                     'THE HUDSON TIMES',
                                                                     'Politics',
                                                                     'By Camille Ashford and David '
                                                                     'Okonjo'],
                                                          'quotes': [(['I build housing. That’s '
                                                                       'the whole story,',
                                                                       'I’m here because some '
                                                                       'people in this building '
                                                                       'need a villain.'],
                                                                      'Leonard Szabo',
                                                                      'Szabo',
                                                                      'Szabo'),
                                                                     (['The congressman is welcome '
                                                                       'to sit in that chair '
                                                                       'anytime he likes,',
                                                                       'We’ve asked him twice.'],
                                                                      'Marcy Tolliver',
                                                                      'Tolliver',
                                                                      'Tolliver'),
                                                                     ('You don’t remember talking '
                                                                      'about a $40 million grant '
                                                                      'at a party in your own '
                                                                      'house?',
                                                                      'Dale Pruitt',
                                                                      'Pruitt',
                                                                      'Pruitt'),
                                                                     ('Congressman, I host a lot '
                                                                      'of parties,',
                                                                      'Leonard Szabo',
                                                                      'Szabo',
                                                                      'Szabo'),
                                                                     ('Dad says thank you for '
                                                                      'pushing HUD. We owe you '
                                                                      'guys.',
                                                                      'Claire Szabo',
                                                                      'Szabo',
                                                                      'Szabo'),
                                                                     ('reflected gratitude for '
                                                                      'help navigating a federal '
                                                                      'bureaucracy, nothing more.',
                                                                      'Reid Calloway',
                                                                      'Calloway',
                                                                      'Calloway'),
                                                                     (['My daughter says thank you '
                                                                       'to the mailman,',
                                                                       'She was raised right.'],
                                                                      'Leonard Szabo',
                                                                      'Szabo',
                                                                      'Szabo'),
                                                                     ('Would you call it '
                                                                      'appropriate?',
                                                                      'Marcy Tolliver',
                                                                      'Tolliver',
                                                                      'Tolliver'),
                                                                     ('I would call it something I '
                                                                      'would want to know more '
                                                                      'about,',
                                                                      'Fiona Adair',
                                                                      'Adair',
                                                                      'Adair'),
                                                                     ('If this was a rigged '
                                                                      'process, somebody forgot to '
                                                                      'tell the people who scored '
                                                                      'it,',
                                                                      'Andre Gaskins',
                                                                      'Gaskins',
                                                                      'Gaskins'),
                                                                     (['Better,',
                                                                       'Nobody asked me about the '
                                                                       'buildings, though. They’re '
                                                                       'very nice buildings.'],
                                                                      'Leonard Szabo',
                                                                      'Szabo',
                                                                      'Szabo')],
                                                          'scare': ['at least thirty',
                                                                    'a partisan exercise']},
 'web/cnx/szabo-rusk-hearing-key-moments.txt': {'outlet': 'CNX News',
                                                'title': 'Key moments from the Rusk grant hearing: '
                                                         '‘We owe you guys,’ texts, and a '
                                                         'developer who doesn’t remember',
                                                'published': '2026-09-16',
                                                'story': 'S3',
                                                'boiler': ['CNX News',
                                                           'Politics › Congress',
                                                           'By Marco Delacroix and Lianne Ketter, '
                                                           'CNX',
                                                           'Updated 8:40 PM ET, Wed September 16, '
                                                           '2026',
                                                           'CNX’s Ava Brennan contributed to this '
                                                           'report.',
                                                           '© 2026 CNX News Network. All Rights '
                                                           'Reserved.'],
                                                'quotes': [(['We found no evidence that the member '
                                                             'directed these contacts, and no '
                                                             'evidence the scoring was changed,',
                                                             'What we found was a lot of '
                                                             'contacts.'],
                                                            'Fiona Adair',
                                                            'Adair',
                                                            'Adair'),
                                                           ('Dad says thank you for pushing HUD. '
                                                            'We owe you guys.',
                                                            'Claire Szabo',
                                                            'Szabo',
                                                            'Szabo'),
                                                           ('If this was a rigged process, '
                                                            'somebody forgot to tell the people '
                                                            'who scored it,',
                                                            'Andre Gaskins',
                                                            'Gaskins',
                                                            'Gaskins'),
                                                           ('This is a hearing about a press '
                                                            'release,',
                                                            'Andre Gaskins',
                                                            'Gaskins',
                                                            'Gaskins'),
                                                           ('Calvin Rusk’s $40 million favor.',
                                                            'a Republican campaign fundraising '
                                                            'email',
                                                            'email',
                                                            'The email’s subject line:'),
                                                           ('You don’t remember talking about a '
                                                            '$40 million grant at a party in your '
                                                            'own house?',
                                                            'Dale Pruitt',
                                                            'Pruitt',
                                                            'Pruitt'),
                                                           ('Congressman, I host a lot of parties.',
                                                            'Leonard Szabo',
                                                            'Szabo',
                                                            'Szabo'),
                                                           ('He remembers the $40 million. He just '
                                                            'doesn’t remember talking about it.',
                                                            'Dale Pruitt',
                                                            'Pruitt',
                                                            'Pruitt'),
                                                           ('on behalf of dozens of New Mexico '
                                                            'applicants, as every office does.',
                                                            'Calvin Rusk',
                                                            'Rusk',
                                                            'Rusk'),
                                                           ('I would welcome any review of my '
                                                            'office’s work, and I have nothing to '
                                                            'hide,',
                                                            'Calvin Rusk',
                                                            'Rusk',
                                                            'Rusk'),
                                                           ('The inspector general said under oath '
                                                            'that there’s no evidence the '
                                                            'congressman directed anything. That’s '
                                                            'the headline.',
                                                            'Benjamin Hadley',
                                                            'Hadley',
                                                            'Hadley'),
                                                           ('will respond to the committee through '
                                                            'counsel.',
                                                            'Janine Voss',
                                                            'Voss',
                                                            'Voss')],
                                                'scare': []},
 'web/meridian-monthly/the-favor-rusk-szabo-south-valley.txt': {'outlet': 'The Meridian Monthly',
                                                                'title': 'The Favor: How a Housing '
                                                                         'Grant in Albuquerque '
                                                                         'Became a Washington '
                                                                         'Scandal',
                                                                'published': '2026-09-28',
                                                                'story': 'S3',
                                                                'boiler': ['THE MERIDIAN MONTHLY',
                                                                           'October 2026 Issue | '
                                                                           'Politics',
                                                                           'By Hollis Venturi',
                                                                           'Published September '
                                                                           '28, 2026'],
                                                                'quotes': [(['Before this we were '
                                                                             'four people in two '
                                                                             'rooms over my '
                                                                             'cousin’s garage,',
                                                                             'I don’t know '
                                                                             'anything about '
                                                                             'Washington. I know I '
                                                                             'have a bathtub.'],
                                                                            'Graciela Baca',
                                                                            'Baca',
                                                                            'Baca'),
                                                                           (['Cal thinks a phone '
                                                                             'call is a form of '
                                                                             'legislation,',
                                                                             'That’s his gift and '
                                                                             'it’s going to be his '
                                                                             'problem.'],
                                                                            'Teresa Lucero',
                                                                            'Lucero',
                                                                            'Lucero'),
                                                                           (['Len doesn’t do '
                                                                             'anything halfway. He '
                                                                             'didn’t propose to me '
                                                                             'halfway and he '
                                                                             'doesn’t build '
                                                                             'halfway,',
                                                                             'People think that’s '
                                                                             'ambition. It’s just '
                                                                             'how he’s made.'],
                                                                            'Miriam Szabo',
                                                                            'Szabo',
                                                                            'Szabo'),
                                                                           ('Checking in again on '
                                                                            'Mesa Verde. The '
                                                                            'congressman is very '
                                                                            'interested in a '
                                                                            'timely decision.',
                                                                            'Owen Prager',
                                                                            'Prager',
                                                                            'Prager'),
                                                                           ('Dad says thank you '
                                                                            'for pushing HUD. We '
                                                                            'owe you guys.',
                                                                            'Claire Szabo',
                                                                            'Szabo',
                                                                            'Szabo'),
                                                                           ('says thank you to the '
                                                                            'mailman,',
                                                                            'Leonard Szabo',
                                                                            'Szabo',
                                                                            'Szabo'),
                                                                           ('something I would '
                                                                            'want to know more '
                                                                            'about.',
                                                                            'Fiona Adair',
                                                                            'Adair',
                                                                            'Adair'),
                                                                           ('The Inspector '
                                                                            'General’s report '
                                                                            'speaks for itself.',
                                                                            'Dana Pirelli',
                                                                            'Pirelli',
                                                                            'Pirelli'),
                                                                           (['Every office calls '
                                                                             'agencies. The '
                                                                             'question is always '
                                                                             'what the office was '
                                                                             'told it would get in '
                                                                             'return, and so far '
                                                                             'nobody has shown me '
                                                                             'that,',
                                                                             'But fourteen calls '
                                                                             'is fourteen calls.'],
                                                                            'Rachel Obuya',
                                                                            'Obuya',
                                                                            'Obuya'),
                                                                           ('We used to call that '
                                                                            '‘carrying water,’ and '
                                                                            'we used to lose our '
                                                                            'seats over it,',
                                                                            'Stanley Werth',
                                                                            'Werth',
                                                                            'Werth'),
                                                                           (['He’s angry. That’s '
                                                                             'different,',
                                                                             'He spent six years '
                                                                             'getting housing '
                                                                             'built in a district '
                                                                             'that needed it, and '
                                                                             'he’s being treated '
                                                                             'like he robbed a '
                                                                             'bank.'],
                                                                            'Benjamin Hadley',
                                                                            'Hadley',
                                                                            'Hadley'),
                                                                           (['Then they should '
                                                                             'come see it,',
                                                                             'It’s a very nice '
                                                                             'building.'],
                                                                            'Graciela Baca',
                                                                            'Baca',
                                                                            'Baca')],
                                                                'scare': []},
 'web/liberty-forge/rusk-we-owe-you-guys.txt': {'outlet': 'Liberty Forge',
                                                'title': '‘We Owe You Guys’: The Text That Should '
                                                         'End Calvin Rusk’s Career',
                                                'published': '2026-09-17',
                                                'story': 'S3',
                                                'boiler': ['Defending the Republic, One Post at a '
                                                           'Time',
                                                           'Posted by Dale Reinholt | September '
                                                           '17, 2026',
                                                           'Share this post: Facebook | X | '
                                                           'Telegram',
                                                           'Comments (388)',
                                                           '© 2026 Liberty Forge LLC'],
                                                'quotes': [('Dad says thank you for pushing HUD. '
                                                            'We owe you guys.',
                                                            'Claire Szabo',
                                                            'Szabo',
                                                            'Szabo'),
                                                           ('My daughter says thank you to the '
                                                            'mailman.',
                                                            'Leonard Szabo',
                                                            'Szabo',
                                                            'Szabo'),
                                                           (['We’re going to hear from Owen '
                                                             'Prager, and Owen Prager is going to '
                                                             'have to explain fourteen phone calls '
                                                             'under oath,',
                                                             'I don’t think he’s going to enjoy '
                                                             'it.'],
                                                            'Marcy Tolliver',
                                                            'Tolliver',
                                                            'Tolliver'),
                                                           ('He remembers the $40 million. He just '
                                                            'doesn’t remember talking about it.',
                                                            'Dale Pruitt',
                                                            'Pruitt',
                                                            'Pruitt'),
                                                           ('If this was a rigged process, '
                                                            'somebody forgot to tell the people '
                                                            'who scored it.',
                                                            'Andre Gaskins',
                                                            'Gaskins',
                                                            'Gaskins'),
                                                           ('Every member of this committee has '
                                                            'called a federal agency on behalf of '
                                                            'a company in their district. Every '
                                                            'single one,',
                                                            'Calvin Rusk',
                                                            'Rusk',
                                                            'Rusk'),
                                                           ('If I called the government fourteen '
                                                            'times about anything they’d put me on '
                                                            'a list.',
                                                            'Bud Harrigan',
                                                            'Harrigan',
                                                            'Harrigan'),
                                                           ('Ms. Szabo has no comment beyond the '
                                                            'company’s previous statement.',
                                                            'Reid Calloway',
                                                            'Calloway',
                                                            'Calloway')],
                                                'scare': ['owed',
                                                          'just getting started.',
                                                          'scoring.']},
 'papers/rio-grande-register/rusk-hearing-south-valley-reaction.txt': {'outlet': 'The Rio Grande '
                                                                                 'Register',
                                                                       'title': 'South Valley '
                                                                                'tenants watch '
                                                                                'Washington argue '
                                                                                'about their '
                                                                                'building',
                                                                       'published': '2026-09-17',
                                                                       'story': 'S3',
                                                                       'boiler': ['THE RIO GRANDE '
                                                                                  'REGISTER',
                                                                                  'Albuquerque, '
                                                                                  'New Mexico | '
                                                                                  'Thursday, '
                                                                                  'September 17, '
                                                                                  '2026',
                                                                                  'NEWS › POLITICS',
                                                                                  'By Adrián '
                                                                                  'Montoya | '
                                                                                  'Register Staff',
                                                                                  'Adrián Montoya '
                                                                                  'covers '
                                                                                  'Bernalillo '
                                                                                  'County for the '
                                                                                  'Register. '
                                                                                  'Contact him at '
                                                                                  'amontoya@rgregister.com.',
                                                                                  '© 2026 The Rio '
                                                                                  'Grande '
                                                                                  'Register. All '
                                                                                  'rights '
                                                                                  'reserved.'],
                                                                       'quotes': [(['They keep '
                                                                                    'saying ‘the '
                                                                                    'grant, the '
                                                                                    'grant,’ like '
                                                                                    'it’s a bag of '
                                                                                    'money '
                                                                                    'somebody hid,',
                                                                                    'It’s not '
                                                                                    'hidden. I’m '
                                                                                    'sitting in '
                                                                                    'it.'],
                                                                                   'Rosa '
                                                                                   'Candelaria',
                                                                                   'Candelaria',
                                                                                   'Candelaria'),
                                                                                  ('So he pushed. '
                                                                                   'Good. Somebody '
                                                                                   'should push '
                                                                                   'for us,',
                                                                                   'Eddie Trujillo',
                                                                                   'Trujillo',
                                                                                   'Trujillo'),
                                                                                  ('Both things '
                                                                                   'can be true. '
                                                                                   'It’s a good '
                                                                                   'building and '
                                                                                   'it’s a bad '
                                                                                   'look,',
                                                                                   'Delia Gallegos',
                                                                                   'Gallegos',
                                                                                   'Gallegos'),
                                                                                  (['The '
                                                                                    'congressman '
                                                                                    'is going to '
                                                                                    'stand in '
                                                                                    'front of the '
                                                                                    'people he '
                                                                                    'represents '
                                                                                    'and answer '
                                                                                    'any question '
                                                                                    'they have,',
                                                                                    'He’s not '
                                                                                    'hiding from '
                                                                                    'anybody.'],
                                                                                   'Mateo Sandoval',
                                                                                   'Sandoval',
                                                                                   'Sandoval'),
                                                                                  ('the clearest '
                                                                                   'evidence yet '
                                                                                   'of pay-to-play '
                                                                                   'politics in '
                                                                                   'New Mexico.',
                                                                                   'Frank Aragon',
                                                                                   'Aragon',
                                                                                   'Aragon'),
                                                                                  ('220 families '
                                                                                   'have a home. '
                                                                                   'That’s the '
                                                                                   'scandal.',
                                                                                   'Yvette Lucero',
                                                                                   'Lucero',
                                                                                   'Lucero'),
                                                                                  ('Cal has to '
                                                                                   'explain the '
                                                                                   'calls. I think '
                                                                                   'he can. But he '
                                                                                   'has to '
                                                                                   'actually do '
                                                                                   'it,',
                                                                                   'Teresa Lucero',
                                                                                   'Lucero',
                                                                                   'Lucero'),
                                                                                  ('Nobody in that '
                                                                                   'room in '
                                                                                   'Washington has '
                                                                                   'been inside '
                                                                                   'this building. '
                                                                                   'Not one.',
                                                                                   'Rosa '
                                                                                   'Candelaria',
                                                                                   'Candelaria',
                                                                                   'Candelaria')],
                                                                       'scare': ['pushing HUD,']}}


def squash(text: str) -> str:
    return " ".join(text.replace("\u201d", "").replace("\u201c", "").split()).rstrip(",.")


def article_entry(a: dict) -> dict:
    return {
        "outlet": a["outlet"],
        "title": a["title"],
        "published": a["published"],
        "event_date": STORIES[a["story"]][0],
        "story": a["story"],
        "dup_group": None,
        "stale_reprint": False,
        "boilerplate": a["boiler"],
        "body_must_contain": [],
        "credits": [],
        "uncredited_copy_of": None,
        "framing_terms": [],
        "context_added": [],
        "scare_quotes": a["scare"],
        "reject": False,
        "format": "txt",
        "encoding": "utf-8",
        "dateline": None,
        "notes": "",
    }


def occurrence(key: str, text, attribution: str) -> dict:
    occ = {"article": key, "kind": "direct", "fidelity": "verbatim", "attribution": attribution}
    if isinstance(text, list):
        occ.update(text=" ".join(text), segments=text, split=True)
    else:
        occ["text"] = text
    return occ


def statements() -> list[dict]:
    """One statement per (words, speaker key); articles in date order, so the first is the origin."""
    groups: dict[tuple, dict] = {}
    order = sorted(ARTICLES, key=lambda k: (ARTICLES[k]["published"], k))
    for key in order:
        for text, speaker, skey, attribution in ARTICLES[key]["quotes"]:
            occ = occurrence(key, text, attribution)
            entry = groups.setdefault(
                (squash(occ["text"]), skey),
                {
                    "speaker": speaker,
                    "speaker_key": skey,
                    "story": ARTICLES[key]["story"],
                    "type": "direct",
                    "canonical": occ["text"],
                    "origin_article": key,
                    "occurrences": [],
                },
            )
            entry["occurrences"].append(occ)
    return [{"id": f"Q{n}", **e} for n, e in enumerate(groups.values(), 1)]


def main() -> None:
    articles = {k: article_entry(a) for k, a in ARTICLES.items()}
    quotes = statements()
    stories = {
        sid: {
            "title": title,
            "event_date": date,
            "topic_twin": None,
            "origin_article": min(
                (k for k, a in articles.items() if a["story"] == sid),
                key=lambda k: (articles[k]["published"], k),
            ),
            "articles": [k for k, a in articles.items() if a["story"] == sid],
        }
        for sid, (date, title) in STORIES.items()
    }
    for s in stories.values():
        s["origin_outlet"] = articles[s["origin_article"]]["outlet"]
    write_gold(
        HERE,
        name="retold fourth blind probe (issue 10): US political news, every attribution shape",
        description="Written blind, before reading retold's analysis, compare and link code: three invented US political events (an Ohio Senate debate, a Wisconsin budget veto, a House hearing on a congressman and a developer) told by nine invented outlets. People, outlets, companies and organisations are invented; real states and cities appear only as setting.",
        schema="Same schema as examples/gold.json, labelled for speakers only: every direct quote of 4+ words, verbatim, with speaker (the person's full name, or an organisation's name) and speaker_key (surname, or an organisation's head word as PolNeAR's gold does); a source the text does not name (an anonymous county chairman, a shout from a crowd, a fundraising email of no named sender) is given, as PolNeAR's gold keeps such sources, as an indefinite description ('One Democratic county chairman ...', 'a person near the pool table', 'a Republican campaign fundraising email') with its head noun as key, so that speaker_accuracy counts them and speaker_accuracy_named leaves them out. A document (ad, memo, letter, post, statement, sign, caption, text message) speaks for the author the text names. Attribution phrases, body sentences, credits and framing are not labelled; quotes of fewer than 4 words are scare_quotes.",
        outlets={k: {"type": t, "domain": d, "aliases": al} for k, (t, d, al) in OUTLETS.items()},
        articles=articles,
        stories=stories,
        quotes=quotes,
    )


if __name__ == "__main__":
    main()
