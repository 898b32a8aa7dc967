"""Runs one CPython test module and reports each test's outcome.

Run by the implementation being measured (Ember, or CPython to check the
runner itself):

    IMPL driver.py test.test_grammar [SKIPPED_TEST_ID ...]

Tests are loaded as regrtest loads them (unittest's loader, so a module's
load_tests is honoured). Every outcome goes to the original stdout as one
line "\\x1econf\\tOUTCOME\\tTEST_ID", so the tests' own output cannot be
mistaken for it; OUTCOME is pass, fail, error, skip, xfail or xpass. The
last line is "\\x1econf\\tdone\\tN" once the run has finished; a process that
ends without it crashed. Test ids given after the module name are skipped
without running (the expectations file's skips: tests that crash or hang).
Uses only what unittest itself needs, so that little of the stdlib must work
before the runner can report anything.
"""

import sys
import unittest

MARK = "\x1econf"
_out = sys.__stdout__


def report(outcome, test_id):
    _out.write(f"{MARK}\t{outcome}\t{test_id}\n")
    _out.flush()


class Result(unittest.TestResult):
    """Records one outcome per test; a failing subtest fails its test."""

    def __init__(self):
        super().__init__()
        self.outcomes = {}
        self.order = []

    def _set(self, test, outcome):
        test_id = test.id()
        if test_id not in self.outcomes:
            self.order.append(test_id)
        previous = self.outcomes.get(test_id)
        # error beats fail beats everything else, so a failing subtest is not hidden by the test's pass.
        rank = {"error": 3, "fail": 2}
        if previous is None or rank.get(outcome, 0) >= rank.get(previous, 0):
            self.outcomes[test_id] = outcome

    def stopTest(self, test):
        super().stopTest(test)
        test_id = test.id()
        if test_id in self.outcomes and test_id not in self._reported:
            self._reported.add(test_id)
            report(self.outcomes[test_id], test_id)

    def startTestRun(self):
        self._reported = set()

    def addSuccess(self, test):
        self._set(test, "pass")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set(test, "fail")

    def addError(self, test, err):
        super().addError(test, err)
        # setUpClass / module fixtures fail as _ErrorHolder "tests"; report them under their description.
        self._set(test, "error")
        if not isinstance(test, unittest.TestCase):
            self._reported.add(test.id())
            report("error", test.id())

    def addSkip(self, test, reason):
        self._set(test, "skip")
        if not isinstance(test, unittest.TestCase):
            self._reported.add(test.id())
            report("skip", test.id())

    def addExpectedFailure(self, test, err):
        self._set(test, "xfail")

    def addUnexpectedSuccess(self, test):
        self._set(test, "xpass")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failure = issubclass(err[0], test.failureException)
            self._set(test, "fail" if failure else "error")


def skip_listed(suite, skipped):
    """Replaces the listed tests by ones that only report a skip."""
    if not skipped:
        return suite
    kept = unittest.TestSuite()
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            kept.addTest(skip_listed(item, skipped))
        elif isinstance(item, unittest.TestCase) and item.id() in skipped:
            name = item._testMethodName
            setattr(item, name, unittest.skip("listed in tests/conformance/expectations.txt")(getattr(item, name)))
            kept.addTest(item)
        else:
            kept.addTest(item)
    return kept


def main():
    name = sys.argv[1]
    skipped = set(sys.argv[2:])
    try:
        __import__(name)
        module = sys.modules[name]
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except BaseException as e:
        report("import-error", f"{name}: {type(e).__name__}: {e}".replace("\n", " ")[:300])
        report("done", "0")
        return 1
    suite = skip_listed(suite, skipped)
    result = Result()
    result.startTestRun()
    suite.run(result)
    result.stopTestRun()
    for test_id in result.order:
        if test_id not in result._reported:
            report(result.outcomes[test_id], test_id)
    report("done", str(len(result.order)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
