package vn.giamngheo.benefit.domain;

/** A person's entitlement (a card, a course) or a household's (a loan the household borrows). */
public enum Target {
    PERSON, HOUSEHOLD
}
