package org.palermo.app.networks;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class BrowsingNetworksOnPostgresIT extends BrowsingNetworksIT {}
