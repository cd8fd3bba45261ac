package org.palermo.app.alerts;

import java.time.Instant;

/** A stored saved search; only {@code owner} sees it and gets its alerts. */
public record SavedSearch(long id, String owner, String name, SearchCriteria criteria, Instant createdAt) {}
