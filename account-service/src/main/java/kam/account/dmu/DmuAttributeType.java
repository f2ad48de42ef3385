package kam.account.dmu;

/** The kinds of value a DMU attribute takes. */
public enum DmuAttributeType {
    TEXT,
    NUMBER,
    BOOLEAN,
    CHOICE
}
