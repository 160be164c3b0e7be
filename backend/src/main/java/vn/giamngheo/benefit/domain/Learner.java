package vn.giamngheo.benefit.domain;

import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.SchoolAttendance;

/**
 * Who is learning, from the registry's two facts: a pupil (pre-school or general education) attends and has not
 * finished upper secondary; a student attends after finishing it (college, university, vocational school).
 */
public enum Learner {
    PUPIL, STUDENT;

    public boolean matches(SchoolAttendance attendance, EducationLevel completed) {
        if (attendance != SchoolAttendance.ATTENDING) {
            return false;
        }
        boolean finishedSchool = completed != null && completed.ordinal() >= EducationLevel.UPPER_SECONDARY.ordinal();
        return this == STUDENT ? finishedSchool : !finishedSchool;
    }
}
