package org.palermo.app.audit;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class TamperingWithTheAuditLogOnPostgresIT extends TamperingWithTheAuditLogIT {}
