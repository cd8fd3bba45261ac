package org.palermo.app.networks;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class RestartingFromALinkCheckpointOnPostgresIT extends RestartingFromALinkCheckpointIT {}
