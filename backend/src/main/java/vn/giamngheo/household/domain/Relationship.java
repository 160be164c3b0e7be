package vn.giamngheo.household.domain;

/** Relationship of a member to the head of household. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDCHILD,
    GRANDPARENT,
    SIBLING,
    CHILD_IN_LAW,
    OTHER_RELATIVE,
    OTHER
}
