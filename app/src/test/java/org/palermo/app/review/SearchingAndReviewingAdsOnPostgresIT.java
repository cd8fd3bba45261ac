package org.palermo.app.review;

import org.palermo.app.server.OnPostgres;

@OnPostgres
class SearchingAndReviewingAdsOnPostgresIT extends SearchingAndReviewingAdsIT {}
