package org.palermo.app.console;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class ServingConsolePagesOnPostgresIT extends ServingConsolePagesIT {}
