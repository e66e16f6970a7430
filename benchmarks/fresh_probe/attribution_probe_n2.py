"""Attribution half of hedgeN2's probes (the hedge half is hedges16.txt / hedges17.txt).

Each row: (sentence, a word of the cue, whether an attribution with that cue must be
found). BATCH1 was written before any hedgeN2 rule (main 12/19, hedgeN2 18/19; the one
left: "Council inspectors found rust on three of the pier's cables", a finding in a main
clause, which the keys' "the researchers found a thin layer" treats as a report).
BATCH2 was written after the rules and scored once (main 3/8, hedgeN2 7/8).

    PYTHONPATH=$PWD python benchmarks/fresh_probe/attribution_probe_n2.py
"""

BATCH1 = [
    ('A dog walker found the stolen bikes in a ditch outside Harnby on Sunday.',
     'found', False),
    ('Divers found a second anchor near the wreck last week.',
     'found', False),
    ("Council inspectors found rust on three of the pier's cables.",
     'found', False),
    ('The inquiry found that the cables had not been checked for a decade.',
     'found', True),
    ('The harbourmaster will explain the new mooring fees at a meeting next week.',
     'explain', False),
    ('Perhaps the board will explain what that means at its next meeting.',
     'explain', False),
    ('Councillors are expected to explain why the lido closed early.',
     'explain', False),
    ('The harbourmaster explained that the fees had risen because of dredging costs.',
     'explain', True),
    ('The rowing club has asked for permission to build a second boathouse.',
     'asked', False),
    ('The bakery asked for planning consent to extend its shop.',
     'asked', False),
    ('The coach asked the players whether they wanted to train on Sundays.',
     'asked', True),
    ('The referee, it must be said, had a poor afternoon.',
     'said', False),
    ('Landlords must tell tenants how the deposit is protected.',
     'tell', False),
    ('Its supporters on the parish council have said nothing about the leak.',
     'said', False),
    ('The owners have said they will fix the leak by March.',
     'said', True),
    ('Mr Tallack said the crossing was safe and told the Wayfarer that the ferry had '
     'never missed a sailing.',
     'told', True),
    ('The skipper called the fine unfair and accused the harbour board of "picking on fishermen".',
     'accused', True),
    ('Ms Corran said she had received an anonymous note in March warning her to "stay '
     'away from the quarry".',
     'warning', True),
    ('Mr Pyke, who has run the ferry for thirty years and once rowed across the Irish '
     'Sea for charity, said the crossing was safe.',
     'said', True),
]

BATCH2 = [
    ('The mayor must explain why the lido closed.',
     'explain', False),
    ("The lifeguards' union will explain what the strike means for swimmers at a "
     'meeting on Friday.',
     'explain', False),
    ('In a report to the committee, Mr Baird, who has inspected the pool since 2011 '
     'and once swam for Scotland, said the tiles were unsafe.',
     'said', True),
    ('The pool closed after a lifeguard found a crack in the main tank.',
     'found', False),
    ('Mrs Elcombe said she had received a letter in June warning that the pool would close.',
     'warning', True),
    ('The swimming club has asked for approval to use the pool at night.',
     'asked', False),
    ('Its owners have said nothing about the cost.',
     'said', False),
    ('The trust said the pool had shut because the boiler was broken and accused the '
     'council of "years of neglect".',
     'accused', True),
]


def main():
    from kit.pipeline import load_pipeline

    nlp = load_pipeline()
    for name, batch in (("batch1", BATCH1), ("batch2", BATCH2)):
        ok = 0
        for text, word, want in batch:
            got = any(word in s.text.lower() for s in nlp(text).spans["attributions"])
            ok += got == want
            if got != want:
                print("  FAIL", "missed" if want else "extra", repr(word), "|", text[:80])
        print(f"{name}: {ok}/{len(batch)}")


if __name__ == "__main__":
    main()
