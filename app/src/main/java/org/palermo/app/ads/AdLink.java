package org.palermo.app.ads;

/** What linking said about one ad: its near-duplicate template and its network (either may be null). */
public record AdLink(String templateId, String networkId) {

    public static final AdLink NONE = new AdLink(null, null);

    public boolean isNone() {
        return templateId == null && networkId == null;
    }
}
