package org.palermo.app.security;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class CachedTokensOnPostgresIT extends CachedTokensIT {}
