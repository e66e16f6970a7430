#!/usr/bin/env bash
# The test run behind `make test`, in two pytest processes side by side (the machines
# have two cores, and one pytest process uses one):
#   course: build the course (student, teacher, html; every notebook executed), then
#           strict nbval on notebooks/ and build/student/, and the tests that read the
#           build (tests/test_course.py, tests/test_accessibility.py);
#   unit:   every other test in tests/ (code, answer keys, widgets, browser).
# Each has its own learner-progress folder, so saved answers never change outputs. The
# course run's output is printed after the unit run's; the run fails if either fails.
# Usage: tests/suite.sh PYTHON NBVAL-OPTIONS...
set -u
PY="$1"; shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/course-progress" "$work/unit-progress"
export PYTHONHASHSEED=0 KIT_COURSE_BUILD="$PWD/build"
BUILD_TESTS=(tests/test_course.py tests/test_accessibility.py)

(
    export KIT_PROGRESS_DIR="$work/course-progress"
    "$PY" -m kit course --out build &&
        "$PY" -m pytest notebooks build/student "${BUILD_TESTS[@]}" "$@" -p no:cacheprovider
) > "$work/course.log" 2>&1 &
course=$!

KIT_PROGRESS_DIR="$work/unit-progress" "$PY" -m pytest tests --ignore=tests/fixtures \
    "${BUILD_TESTS[@]/#/--ignore=}" -p no:cacheprovider
unit=$?

wait "$course"
built=$?
echo
echo "======== the course: build, notebooks under strict nbval, build tests (run beside) ========"
cat "$work/course.log"
echo
echo "unit tests: exit $unit; course: exit $built"
[ "$unit" -eq 0 ] && [ "$built" -eq 0 ]
