package org.palermo.core.world;

/**
 * The phrase banks ads are written from. Slots in braces: {@code {name} {age} {eth} {height} {weight} {hair}}
 * come from the person advertised, {@code {city} {cur} {p} {p2} {ph} {weekday} {date}} from the ad,
 * the rest are fixed per template. Services are generic and non-explicit by design (content rules).
 */
final class Phrases {

    private Phrases() {
    }

    static final String[] FEMALE_NAMES = {"Lexi", "Jasmine", "Bella", "Amber", "Chloe", "Destiny", "Mia", "Sophia",
        "Nikki", "Brooke", "Candy", "Diamond", "Crystal", "Aaliyah", "Skye", "Summer", "Autumn", "Ruby", "Jade",
        "Scarlett", "Vanessa", "Tiffany", "Monique", "Rosa", "Valentina", "Camila", "Lucia", "Isabella", "Gabriela",
        "Natasha", "Katya", "Anastasia", "Elena", "Yuki", "Mei", "Lin", "Suki", "Kim", "Mai", "Lana", "Stella",
        "Nina", "Layla", "Zara", "Aria", "Luna", "Hailey", "Madison", "Paige", "Kayla", "Alexis", "Daisy", "Ivy",
        "Gemma", "Holly", "Poppy", "Erin", "Siobhan", "Aoife", "Niamh", "Talia", "Bianca", "Carmen", "Paola",
        "Adriana", "Sasha", "Mila", "Eva", "Kira", "Naomi", "Tasha", "Kendra", "Precious", "Honey",
        "Angel", "Raven", "Sierra", "Savannah", "Charlotte", "Olivia", "Emily", "Grace", "Maya", "Leah"};

    static final String[] SURNAME_WORDS = {"rose", "love", "belle", "star", "kiss", "doll", "moon", "sky", "grace",
        "bloom", "jade", "silk", "pearl", "heart", "dream", "honey", "lux", "vip", "babe", "xo"};

    static final String[] ETHNICITIES = {"Asian", "Latina", "Brazilian", "Thai", "Korean", "Japanese", "Chinese",
        "Russian", "Ukrainian", "Romanian", "Colombian", "Venezuelan", "Dominican", "Puerto Rican", "Ebony",
        "Caribbean", "Eastern European", "Italian", "Filipina", "Vietnamese", "Mexican", "Cuban", "Polish"};

    static final String[] HAIR = {"blonde", "brunette", "red", "black", "auburn", "dark brown", "honey blonde",
        "chestnut"};

    static final String[] TRAITS = {"bubbly", "sweet", "classy", "witty", "down to earth", "curious", "warm",
        "easy going", "elegant", "playful", "well spoken", "laid back", "adventurous", "charming", "caring",
        "sophisticated", "cheerful", "gentle", "confident", "friendly", "thoughtful", "funny", "relaxed",
        "educated", "artsy", "sporty", "romantic", "chatty", "calm", "upbeat"};

    static final String[] HOBBIES = {"good wine", "jazz", "hiking", "yoga", "cooking", "travel", "live music",
        "art galleries", "sushi", "the beach", "poetry", "dancing", "old movies", "coffee shops", "reading",
        "fashion", "tennis", "road trips", "karaoke", "photography", "baking", "the theatre", "gardening",
        "basketball games", "board games", "swimming", "craft beer", "spa days", "brunch", "sunsets"};

    static final String[] HOURS = {"10am-2am", "noon till late", "11am - 11pm", "7pm-3am", "9am to 9pm",
        "2pm-4am", "10am to midnight", "8pm till 5am", "11am-10pm", "4pm - 2am"};

    static final String[] STREET_NAMES = {"Main St", "Broadway", "Oak Ave", "Maple Ave", "Sunset Blvd", "Park Ave",
        "Elm St", "Lake Rd", "Market St", "Pine St", "Cedar Ln", "Highland Ave", "Union St", "Harbor Dr"};

    static final String[] GB_POSTCODES = {"W1", "SW3", "EC1", "N1", "SE1", "E14", "M1", "B5", "LS1", "G2", "EH3",
        "BS1", "L1", "NW1", "W2"};

    static final String[] AGENCY_FIRST = {"Velvet", "Scarlet", "Golden", "Silver", "Diamond", "Elite", "Royal",
        "Secret", "Midnight", "Crystal", "Ivory", "Platinum", "Sapphire", "Emerald", "Orchid", "Lotus", "Silk",
        "Pearl", "Amber", "Jade"};

    static final String[] AGENCY_SECOND = {"Rose", "Touch", "Garden", "Lounge", "Angels", "Companions", "Dreams",
        "Retreat", "Spa", "Club", "Escapes", "Society", "Palace", "Oasis", "Harmony", "Moments"};

    static final String[] AGENCY_TYPE = {"Agency", "Companions", "Spa", "Massage", "Parlour", "Studio", "Wellness"};

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    // ---- titles -------------------------------------------------------------------------------------------
    static final String[] TITLE_INDEPENDENT = {"{name} - {trait} companion in {city}",
        "Sweet {name}, {age} - {city}", "** {name} ** upscale companion", "{trait} {name} available now",
        "Hi gents, {name} here - {city}", "{name} | {age} | {city} | incall & outcall",
        "Relaxing massage with {name}", "Your {trait} date {name} in {city}", "{name} xo {city} xo",
        "Unforgettable company - {name} {age}"};
    static final String[] TITLE_AGENCY = {"{agency} - {city}'s finest companions", "{agency}: new ladies this week",
        "{agency} | professional massage | {city}", "Meet {name} at {agency}", "{agency} - open {hours}",
        "{agency} {city} - elegant dates"};
    static final String[] TITLE_CONTROLLED = {"New girls in {city}!!", "{eth} beauties - {city}",
        "Sweet {eth} {name} {age}", "{name} and friends - best in {city}", "Hot specials today in {city}",
        "{eth} girls {city} - must see", "{name} {age} new", "Best massage in {city} - {eth} staff"};

    // ---- body lines ---------------------------------------------------------------------------------------
    static final String[] OPEN_FIRST = {"Hi gentlemen, I'm {name}", "Hello! My name is {name}",
        "Hey there, {name} here", "Welcome, I am {name}", "Hi loves, it's {name}", "Good evening, I'm {name}",
        "Hi, I'm {name}, your new favourite companion", "Hello gents, {name} here", "Hi there! {name} here :)"};
    static final String[] ABOUT_FIRST = {"I'm {age}, {height}, {weight}, {hair} hair",
        "{age} yrs, {height} and {weight}", "I am {age} with {hair} hair and a warm smile",
        "Age {age} | {height} | {weight} | {hair}", "{age}, {height}, {hair} hair, {trait} and fun",
        "I'm {trait}, {age}, {hair} hair, and I love {hobby}"};
    static final String[] SIGNATURE_FIRST = {"I'm {trait}, {trait2} and love {hobby} and {hobby2}",
        "Ask me about {hobby} or {hobby2} - I'm {trait} and {trait2}",
        "Friends say I'm {trait} and {trait2}; my weekends are for {hobby} and {hobby2}",
        "{trait}, {trait2}, a fan of {hobby} and {hobby2}"};
    static final String[] SERVICES = {"Offering companionship, dinner dates and relaxing massage",
        "Companionship only, time and company are all you pay for", "Relaxing full body massage and great conversation",
        "Dinner dates, travel companion, social events", "Warm company for busy professionals",
        "Swedish and deep tissue massage in a calm setting", "Social companion for dinners, shows and events"};
    static final String[] RATES = {"Rates: {cur}{p}/hr, {cur}{p2}/2hrs", "{p} roses per hour",
        "1hr {cur}{p} | 2hr {cur}{p2}", "Donations: {cur}{p} for an hour", "{cur}{p} hourly, {cur}{ph} half hour",
        "{p}/hr  -  {p2}/2 hrs", "Hourly {cur}{p}, overnight by request"};
    static final String[] AVAILABILITY = {"Available {hours}", "Available 24/7", "Open {hours}, last booking 1 hr before",
        "Incall and outcall, {hours}", "Late nights welcome, till 4am", "Mon-Sat {hours}",
        "Booking today from {hours}"};
    static final String[] LOCATION = {"Incall near {street}", "Upscale incall in {city} near {street}",
        "Outcall to hotels in {city}", "Private apartment near {street}, room {room}", "Incall {city} - {postcode} area",
        "Discreet location in {city}, parking available"};
    static final String[] SCREENING = {"Screening required for new friends", "References or ID required, no exceptions",
        "Please have 2 provider references ready", "New clients: short screening form before booking",
        "I screen every client for my safety", "Verification required before we meet"};
    static final String[] DEPOSIT = {"Deposit to confirm: {pay}", "Deposits via {pay} only", "{pay} for deposits",
        "Booking deposit {cur}50 via {pay}"};
    static final String[] MOVEMENT = {"New in town!", "Visiting {city} until {weekday} only", "Just arrived in {city}",
        "Leaving soon, book now", "Limited time in {city}", "On tour: {city} this week", "In town until {weekday}",
        "Back in {city} {date}, see you soon", "Only here for a few days"};
    static final String[] TRUST = {"100% real photos", "Discreet and professional", "Safe, clean and private",
        "Trusted and verified", "Satisfaction guaranteed", "No rush, no drama", "Real pics, no surprises",
        "Professional and reliable, always on time"};
    /**
     * Youth phrases. Issue #2 marks minors "only through the youth phrases of the rulebook vocabulary", and the
     * content rules allow youth indicators only as phrases a rulebook lists: every phrase here must fire a YOUTH
     * indicator of the shipped rulebook ({@code YouthPhrasesComeFromTheRulebookTest}). The rulebook is never
     * extended to match this list; a phrase the rulebook does not list is removed from here instead.
     */
    static final String[] YOUTH = {"Just turned 18", "just turned eighteen", "Very young", "Young and new",
        "New to this", "Youthful look", "Fresh faced"};
    static final String[] ETHNIC = {"{eth} beauty", "Sweet {eth} girl", "Exotic {eth} companion", "Authentic {eth}",
        "{eth} and proud", "Genuine {eth} lady"};
    static final String[] THIRD_PERSON = {"{name} is {age}, sweet and friendly", "She is {age} and ready to meet you",
        "My girls are waiting for you", "New girls every week", "Ask for {name}, she is very friendly",
        "{name} and her friend available now", "She speaks a little English", "Call me to meet my girls",
        "{name} is {age}, {height}, {hair} hair"};
    static final String[] CONTROLLED_SIGNATURE = {"Best {trait} girls, {trait2} and {trait3} every day",
        "We are {trait} and {trait2}, come relax with us", "Clean place, {trait} girls, {trait2} atmosphere",
        "{trait} and {trait2} ladies, {hours}", "Pretty {trait} girls who love {hobby}"};
    static final String[] RESTRICTED = {"Incall only", "No outcall", "Quick visits welcome", "Specials all day",
        "Must see!!", "Cheapest in town", "Walk ins welcome", "Special price today only"};
    static final String[] AGENCY_LINES = {"Welcome to {agency}, {city}'s premier companion agency",
        "{agency} - elegant companions since {year}", "Our ladies are available for dinner dates and social events",
        "Open daily {hours}", "{name} is our newest lady, {age}, {hair} hair", "Licensed, professional and discreet",
        "Our therapists offer relaxing massage in private suites", "Parking at the back, entrance on {street}",
        "Ask our reception about this week's ladies"};
    static final String[] CLOSING_FIRST = {"Text me, kisses", "Looking forward to meeting you", "Don't be shy, text me",
        "Serious gentlemen only", "Thank you for reading", "xoxo", "See you soon", "Can't wait to meet you"};
    static final String[] FILLER_LINES = {"No blocked calls", "Text only please", "Serious inquiries only",
        "Updated pics", "Available now", "Please be respectful", "No texts after 1am", "Reply within 10 min",
        "Read the ad before you text"};

    // ---- contact lines ------------------------------------------------------------------------------------
    static final String[] CONTACT_FIRST = {"Call or text {phone}", "{phone} - text only", "Txt me {phone}",
        "Contact: {phone}", "☎ {phone}", "Text {phone} for my availability", "Reach me at {phone}"};
    static final String[] CONTACT_THIRD = {"Call {phone} to meet {name}", "Ask for {name}: {phone}",
        "Call now {phone}", "{phone} call for her", "Call {phone} for the girls", "Contact {phone} for specials"};
    static final String[] CONTACT_AGENCY = {"Bookings: {phone}", "Reception {phone}", "Call {phone} to book",
        "Phone {phone} (reception)", "Reservations {phone}"};
    static final String[] ROTATE = {"New number {phone} (old {old})", "Call {phone} or {old}",
        "{phone} / {old}", "Old phone {old} off soon, use {phone}"};
    static final String[] EMAIL_LINES = {"Email: {email}", "Or email me {email}", "{email} for bookings",
        "Contact: {email}"};
    static final String[] HANDLE_LINES = {"{handle}", "Follow me {handle}", "DM on {handle}", "Also on {handle}"};
    static final String[] WEB_LINES = {"Book online at {url}", "Website: {url}", "See all our ladies: {url}",
        "{url}"};
    static final String[] HOTEL_LINES = {"Staying at the {hotel}, call the front desk {phone} and ask for {name}",
        "At the {hotel} this week - reception {phone}, ask for {name}"};
    static final String[] BOOKING_LINES = {"Bookings through {service}: {phone}", "Book via {service} {phone}",
        "{service} handles my bookings: {email}", "Appointments via {service} - {email}"};

    static final String[] HOTEL_NAMES = {"Grand Plaza Hotel", "Riverside Inn", "Airport Suites", "Parkview Hotel",
        "Central Station Hotel", "Harbour Lodge"};
    static final String[] BOOKING_SERVICES = {"DateDesk", "SecureBook", "LadyLine Bookings"};

    // ---- per-ad variation ---------------------------------------------------------------------------------
    static final String[] FILLER_WORDS = {"really", "very", "just", "so", "always", "totally", "truly", "now",
        "also", "super"};
    static final String[] SYNONYM_FROM = {"sweet", "available", "new", "friendly", "relaxing", "professional",
        "hello", "call", "text", "gentlemen", "book", "town"};
    static final String[] SYNONYM_TO = {"lovely", "avail", "brand new", "friendy", "soothing", "profesional",
        "hiya", "phone", "txt", "gents", "reserve", "the city"};
}
