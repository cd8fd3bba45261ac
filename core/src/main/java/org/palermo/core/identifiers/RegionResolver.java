package org.palermo.core.identifiers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.palermo.core.ads.Ad;

/**
 * The country in which an ad's phone numbers are read when they carry no international prefix: the ad's
 * {@code country}; else its {@code city} or {@code region} (a table of major cities, US states, Canadian
 * provinces and Australian states, and country names); else the city label or country-code top-level domain of
 * its {@code url} ({@code london.example.com}, {@code example.co.uk}); else the caller's default.
 */
public final class RegionResolver {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> PLACES = places();

    private RegionResolver() {
    }

    /** The ISO 3166-1 alpha-2 region for the ad's numbers. */
    public static String regionOf(Ad ad, String defaultRegion) {
        String fromCountry = country(ad.country());
        if (fromCountry != null) {
            return fromCountry;
        }
        String fromPlace = place(ad.city());
        if (fromPlace == null) {
            fromPlace = place(ad.region());
        }
        if (fromPlace != null) {
            return fromPlace;
        }
        String fromUrl = fromUrl(ad.url());
        return fromUrl != null ? fromUrl : defaultRegion.toUpperCase(Locale.ROOT);
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("UK")) {
            return "GB";
        }
        return ISO.contains(upper) ? upper : place(value);
    }

    private static String place(String value) {
        return value == null ? null : PLACES.get(key(value));
    }

    static String fromUrl(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        if (labels.length >= 3) {
            String city = PLACES.get(key(labels[0]));
            if (city != null) {
                return city;
            }
        }
        String tld = labels[labels.length - 1].toUpperCase(Locale.ROOT);
        if (tld.equals("UK")) {
            return "GB";
        }
        return tld.length() == 2 && ISO.contains(tld) && !tld.equals("US") ? tld : null;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String rest = url.strip().toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.contains(".") ? host : null;
    }

    static String key(String name) {
        String stripped = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static Map<String, String> places() {
        Map<String, String> map = new HashMap<>();
        for (String iso : ISO) {
            map.put(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)), iso);
        }
        map.put("usa", "US");
        map.put("unitedstatesofamerica", "US");
        map.put("uk", "GB");
        map.put("england", "GB");
        map.put("scotland", "GB");
        map.put("wales", "GB");
        addAll(map, "US", "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia"
                + " hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan"
                + " minnesota mississippi missouri montana nebraska nevada newhampshire newjersey newmexico newyork"
                + " northcarolina northdakota ohio oklahoma oregon pennsylvania rhodeisland southcarolina southdakota"
                + " tennessee texas utah vermont virginia washington westvirginia wisconsin wyoming");
        addAll(map, "CA", "ontario quebec britishcolumbia alberta manitoba saskatchewan novascotia newbrunswick"
                + " newfoundland princeedwardisland");
        addAll(map, "AU", "newsouthwales nsw queensland qld westernaustralia southaustralia tasmania");
        readCities(map);
        return Map.copyOf(map);
    }

    private static void addAll(Map<String, String> map, String iso, String names) {
        for (String name : names.split(" ")) {
            map.put(name, iso);
        }
    }

    private static void readCities(Map<String, String> map) {
        try (InputStream in = RegionResolver.class.getResourceAsStream("cities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cities.tsv next to " + RegionResolver.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    map.put(key(line.substring(0, tab)), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cities.tsv", e);
        }
    }
}
