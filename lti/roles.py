"""LIS roles of an LMS, as Eigenlab roles of a run.

An LMS sends full role URIs (`http://purl.imsglobal.org/vocab/lis/v2/membership#Learner`),
sub-roles (`.../membership/Instructor#TeachingAssistant`) or, in older platforms, short
names (`Instructor`). An LMS administrator runs the course as its instructor in Eigenlab: no
LMS role ever makes anybody a site admin here.
"""

from collections.abc import Iterable

from courses.models import Enrollment

Role = Enrollment.Role

_TA = {"TeachingAssistant", "Instructor#TeachingAssistant"}
_INSTRUCTOR = {"Instructor", "Administrator", "ContentDeveloper"}


def _names(role: str) -> set[str]:
    """The role's last segment(s): 'Instructor', 'Instructor#TeachingAssistant', ...

    Only context (membership) roles and the person roles of the institution and the system
    count; anything else (a mentor, a guest) is a learner.
    """
    for vocabulary in ("/membership/", "/membership#", "/institution/person#",
                       "/system/person#"):
        if vocabulary in role:
            rest = role.split(vocabulary, 1)[1]
            return {rest, rest.split("#")[-1]} if vocabulary == "/membership/" else {rest}
    return {role} if "/" not in role and ":" not in role else set()


def eigenlab_role(roles: Iterable[str]) -> Role:
    """Teaching assistant, instructor or learner: the most specific role the LMS gave."""
    names: set[str] = set()
    for role in roles:
        names |= _names(role)
    if names & _TA:
        return Role.TA
    if names & _INSTRUCTOR:
        return Role.INSTRUCTOR
    return Role.LEARNER
