package kam.account.stakeholder;

/** The part a stakeholder plays in the customer's buying decisions. */
public enum BuyingRole {
    ECONOMIC_BUYER,
    DECISION_MAKER,
    TECHNICAL_BUYER,
    USER,
    INFLUENCER,
    GATEKEEPER,
    COACH;

    /** Economic buyers and decision makers are the key players: they decide. */
    public boolean decides() {
        return this == ECONOMIC_BUYER || this == DECISION_MAKER;
    }
}
