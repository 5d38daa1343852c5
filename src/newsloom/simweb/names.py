"""The simulated world's vocabulary: countries, cities, people's names and organisations.

Every person and organisation is fictional (first and last names are combined at random);
the places are real so that stories read like news and place names can be recognised.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Loc:
    """A phrase in each language the simulated outlets write in."""

    en: str
    es: str

    def get(self, language: str) -> str:
        return self.es if language == "es" else self.en


@dataclass(frozen=True, slots=True)
class Country:
    name: Loc
    currency: Loc


@dataclass(frozen=True, slots=True)
class Place:
    """A city; `basin` says which kind of tropical storm reaches it (None: storms do not)."""

    city: str
    country: str
    region: str
    basin: str | None = None
    capital: bool = False


COUNTRIES: dict[str, Country] = {
    "PH": Country(Loc("the Philippines", "Filipinas"), Loc("peso", "peso")),
    "JP": Country(Loc("Japan", "Japón"), Loc("yen", "yen")),
    "TW": Country(Loc("Taiwan", "Taiwán"), Loc("Taiwan dollar", "dólar taiwanés")),
    "VN": Country(Loc("Vietnam", "Vietnam"), Loc("dong", "dong")),
    "US": Country(Loc("the United States", "Estados Unidos"), Loc("dollar", "dólar")),
    "CU": Country(Loc("Cuba", "Cuba"), Loc("peso", "peso")),
    "MX": Country(Loc("Mexico", "México"), Loc("peso", "peso")),
    "BD": Country(Loc("Bangladesh", "Bangladés"), Loc("taka", "taka")),
    "IN": Country(Loc("India", "India"), Loc("rupee", "rupia")),
    "MZ": Country(Loc("Mozambique", "Mozambique"), Loc("metical", "metical")),
    "FR": Country(Loc("France", "Francia"), Loc("euro", "euro")),
    "IE": Country(Loc("Ireland", "Irlanda"), Loc("euro", "euro")),
    "NO": Country(Loc("Norway", "Noruega"), Loc("krone", "corona")),
    "PT": Country(Loc("Portugal", "Portugal"), Loc("euro", "euro")),
    "KE": Country(Loc("Kenya", "Kenia"), Loc("shilling", "chelín")),
    "GH": Country(Loc("Ghana", "Ghana"), Loc("cedi", "cedi")),
    "PE": Country(Loc("Peru", "Perú"), Loc("sol", "sol")),
    "CL": Country(Loc("Chile", "Chile"), Loc("peso", "peso")),
    "CO": Country(Loc("Colombia", "Colombia"), Loc("peso", "peso")),
    "PL": Country(Loc("Poland", "Polonia"), Loc("zloty", "esloti")),
    "CZ": Country(Loc("the Czech Republic", "la República Checa"), Loc("koruna", "corona")),
    "AT": Country(Loc("Austria", "Austria"), Loc("euro", "euro")),
    "ID": Country(Loc("Indonesia", "Indonesia"), Loc("rupiah", "rupia")),
    "KR": Country(Loc("South Korea", "Corea del Sur"), Loc("won", "won")),
    "MA": Country(Loc("Morocco", "Marruecos"), Loc("dirham", "dírham")),
    "FI": Country(Loc("Finland", "Finlandia"), Loc("euro", "euro")),
    "UY": Country(Loc("Uruguay", "Uruguay"), Loc("peso", "peso")),
    "SN": Country(Loc("Senegal", "Senegal"), Loc("CFA franc", "franco CFA")),
    "GE": Country(Loc("Georgia", "Georgia"), Loc("lari", "lari")),
    "NZ": Country(Loc("New Zealand", "Nueva Zelanda"), Loc("New Zealand dollar", "dólar neozelandés")),
    "CA": Country(Loc("Canada", "Canadá"), Loc("Canadian dollar", "dólar canadiense")),
    "AR": Country(Loc("Argentina", "Argentina"), Loc("peso", "peso")),
}

PLACES: tuple[Place, ...] = (
    Place("Manila", "PH", "Metro Manila", "pacific", capital=True),
    Place("Cebu", "PH", "Central Visayas", "pacific"),
    Place("Naha", "JP", "Okinawa", "pacific"),
    Place("Kaohsiung", "TW", "southern Taiwan", "pacific"),
    Place("Haiphong", "VN", "the Red River Delta", "pacific"),
    Place("Miami", "US", "Florida", "atlantic"),
    Place("New Orleans", "US", "Louisiana", "atlantic"),
    Place("Havana", "CU", "western Cuba", "atlantic", capital=True),
    Place("Veracruz", "MX", "the Gulf coast", "atlantic"),
    Place("Chittagong", "BD", "Chattogram Division", "indian"),
    Place("Visakhapatnam", "IN", "Andhra Pradesh", "indian"),
    Place("Beira", "MZ", "Sofala province", "indian"),
    Place("Brest", "FR", "Brittany", "europe"),
    Place("Cork", "IE", "Munster", "europe"),
    Place("Bergen", "NO", "Vestland", "europe"),
    Place("Porto", "PT", "northern Portugal", "europe"),
    Place("Nairobi", "KE", "Nairobi County", capital=True),
    Place("Accra", "GH", "Greater Accra", capital=True),
    Place("Lima", "PE", "Lima Province", capital=True),
    Place("Santiago", "CL", "the Metropolitan Region", capital=True),
    Place("Bogota", "CO", "Cundinamarca", capital=True),
    Place("Warsaw", "PL", "Masovia", capital=True),
    Place("Prague", "CZ", "Central Bohemia", capital=True),
    Place("Vienna", "AT", "Lower Austria", capital=True),
    Place("Jakarta", "ID", "Java", capital=True),
    Place("Seoul", "KR", "Gyeonggi", capital=True),
    Place("Rabat", "MA", "Rabat-Salé-Kénitra", capital=True),
    Place("Helsinki", "FI", "Uusimaa", capital=True),
    Place("Montevideo", "UY", "Montevideo Department", capital=True),
    Place("Dakar", "SN", "the Cap-Vert peninsula", capital=True),
    Place("Tbilisi", "GE", "Kartli", capital=True),
    Place("Wellington", "NZ", "the North Island", capital=True),
    Place("Ottawa", "CA", "Ontario", capital=True),
    Place("Buenos Aires", "AR", "Buenos Aires Province", capital=True),
    Place("Lisbon", "PT", "the Lisbon region", capital=True),
    Place("Mombasa", "KE", "the Coast region"),
    Place("Krakow", "PL", "Lesser Poland"),
    Place("Busan", "KR", "South Gyeongsang"),
    Place("Valparaiso", "CL", "the Valparaiso Region"),
    Place("Kumasi", "GH", "the Ashanti Region"),
)

FIRST_NAMES = (
    "Amara", "Tomas", "Leila", "Rafael", "Ingrid", "Kofi", "Mei", "Daniel", "Sofia", "Arjun",
    "Elena", "Jonas", "Nadia", "Pedro", "Hana", "Marek", "Aisha", "Lucas", "Yuki", "Omar",
    "Clara", "Viktor", "Priya", "Mateo", "Grace", "Emil", "Fatima", "Hugo", "Lina", "Samuel",
    "Carmen", "Nikolai", "Ruth", "Diego", "Astrid", "Kwame", "Irene", "Felix", "Zara", "Andres",
)

LAST_NAMES = (
    "Okafor", "Lindqvist", "Haddad", "Moreno", "Kowalski", "Tanaka", "Mensah", "Ferreira", "Novak",
    "Reyes", "Bauer", "Chowdhury", "Santos", "Halvorsen", "Petrov", "Mwangi", "Duarte", "Kim",
    "Ortega", "Virtanen", "Nakamura", "Castillo", "Adeyemi", "Brennan", "Delacroix", "Ibarra",
    "Sorensen", "Quintero", "Abara", "Wieczorek", "Tavares", "Osei", "Lemaire", "Herrera", "Rahman",
    "Marsh", "Valdivia", "Costa", "Ndiaye", "Sato",
)

DISTRICTS = (
    "San Isidro", "Old Harbour", "Greenfield", "Northpoint", "Bay View", "Santa Maria", "Eastgate",
    "Lakeside", "Riverbend", "Hillcrest", "Port Royal", "Las Palmas",
)

STORM_NAMES = (
    "Alma", "Bruno", "Celia", "Dario", "Elena", "Farid", "Greta", "Hugo", "Ines", "Joaquin",
    "Karla", "Leon", "Mina", "Nestor", "Olga", "Pablo", "Rina", "Soren", "Tala", "Viktor", "Wanda",
)

STORM_KINDS: dict[str, Loc] = {
    "atlantic": Loc("Hurricane", "huracán"),
    "pacific": Loc("Typhoon", "tifón"),
    "indian": Loc("Cyclone", "ciclón"),
    "europe": Loc("Storm", "temporal"),
}

PARTY_WORDS = (
    ("Democratic", "Democrático"), ("National", "Nacional"), ("Progressive", "Progresista"),
    ("Liberal", "Liberal"), ("Green", "Verde"), ("Civic", "Cívico"), ("Social", "Social"),
)
PARTY_NOUNS = (
    ("Alliance", "Alianza"), ("Renewal", "Renovación"), ("Union", "Unión"), ("Movement", "Movimiento"),
    ("Front", "Frente"), ("Congress", "Congreso"),
)

SUMMIT_TOPICS = (
    Loc("climate finance", "financiación climática"), Loc("trade", "comercio"),
    Loc("energy security", "seguridad energética"), Loc("migration", "migración"),
    Loc("food security", "seguridad alimentaria"), Loc("maritime security", "seguridad marítima"),
)
BLOCS = (
    Loc("the Coastal States Forum", "el Foro de Estados Costeros"),
    Loc("the Northern Trade Council", "el Consejo de Comercio del Norte"),
    Loc("the Pan-Regional Energy Compact", "el Pacto Energético Panregional"),
    Loc("the Southern Cooperation Group", "el Grupo de Cooperación del Sur"),
)

CHARGES = (
    Loc("fraud", "fraude"), Loc("bribery", "soborno"), Loc("money laundering", "blanqueo de capitales"),
    Loc("embezzlement", "malversación"),
)
COMPANY_WORDS = ("Holdings", "Shipping", "Logistics", "Energy", "Construction", "Telecom", "Mining")

STRIKE_SECTORS = (
    # (workers, sector, union, employer)
    (Loc("rail workers", "trabajadores ferroviarios"), Loc("rail", "ferroviario"),
     Loc("the National Rail Workers' Union", "el Sindicato Nacional Ferroviario"),
     Loc("the state rail operator", "la operadora ferroviaria estatal")),
    (Loc("dock workers", "estibadores"), Loc("port", "portuario"),
     Loc("the Dockers' and Harbour Staff Union", "el Sindicato de Estibadores"),
     Loc("the port authority", "la autoridad portuaria")),
    (Loc("nurses", "enfermeros"), Loc("health", "sanitario"),
     Loc("the Nurses' Association", "la Asociación de Enfermería"),
     Loc("the health ministry", "el Ministerio de Sanidad")),
    (Loc("airport ground staff", "personal de tierra de los aeropuertos"), Loc("aviation", "aéreo"),
     Loc("the Aviation Workers' Federation", "la Federación de Trabajadores de la Aviación"),
     Loc("the airport operator", "el operador aeroportuario")),
    (Loc("teachers", "profesores"), Loc("education", "educativo"),
     Loc("the Teachers' Union", "el Sindicato de Docentes"),
     Loc("the education ministry", "el Ministerio de Educación")),
)

COMPETITIONS = (
    Loc("Continental Cup", "Copa Continental"), Loc("National Cup", "Copa Nacional"),
    Loc("Champions Trophy", "Supercopa de Campeones"), Loc("League Cup", "Copa de la Liga"),
)
TEAM_FORMS = ("{city} United", "Real {city}", "{city} Rovers", "Athletic {city}", "FC {city}", "{city} City")

ATTACK_KINDS = (
    # (attack, target)
    (Loc("car bomb", "coche bomba"), Loc("a busy market", "un concurrido mercado")),
    (Loc("gun attack", "ataque armado"), Loc("a bus station", "una estación de autobuses")),
    (Loc("bomb attack", "atentado con bomba"), Loc("a police checkpoint", "un puesto de control policial")),
    (Loc("grenade attack", "ataque con granadas"), Loc("a crowded cafe", "una cafetería llena de gente")),
)

ORDINALS = (
    Loc("first", "primer"), Loc("second", "segundo"), Loc("third", "tercer"), Loc("fourth", "cuarto"),
    Loc("fifth", "quinto"), Loc("sixth", "sexto"), Loc("seventh", "séptimo"),
)
