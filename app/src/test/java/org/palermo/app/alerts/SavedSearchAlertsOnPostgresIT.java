package org.palermo.app.alerts;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class SavedSearchAlertsOnPostgresIT extends SavedSearchAlertsIT {}
