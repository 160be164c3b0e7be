package vn.giamngheo.transfer.domain;

/** How a record finds the registered household it updates; NONE registers every record as a new household. */
public enum ImportMatch {
    NONE,
    HOUSEHOLD_CODE,
    CITIZEN_ID
}
