package org.palermo.app.privacy;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class RevealingPersonalDataOnPostgresIT extends RevealingPersonalDataIT {}
