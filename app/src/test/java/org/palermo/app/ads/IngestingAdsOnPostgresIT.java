package org.palermo.app.ads;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class IngestingAdsOnPostgresIT extends IngestingAdsIT {}
