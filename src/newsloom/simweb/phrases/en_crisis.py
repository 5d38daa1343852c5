"""English sentences for storms, attacks, trials and strikes."""

from newsloom.simweb.phrases import KindBank, Speaker

STORM = KindBank(
    headlines=(
        "{storm} kills {dead} as it slams into {region}",
        "{storm} batters {city}, leaving {without_power} homes without power",
        "At least {dead} dead after {storm} hits {country}",
        "{region} counts the cost as {storm} tears through {city}",
        "Thousands flee as {storm} makes landfall near {city}",
    ),
    ledes=(
        "{storm} made landfall near {city} on {weekday}, killing at least {dead} people and forcing "
        "{evacuated} residents from their homes, officials in {region} said.",
        "At least {dead} people were killed when {storm} struck the coast of {region} on {weekday}, bringing "
        "winds of up to {wind} km/h to {city} and the surrounding towns.",
        "{storm} tore through {city} on {weekday} with sustained winds of {wind} km/h, leaving at least {dead} "
        "people dead and large parts of {region} without electricity.",
    ),
    facts=(
        ("Rescue teams were still searching for {missing} people who were reported missing after flash floods "
         "swept through low-lying neighbourhoods.",
         "Authorities said {missing} people remained unaccounted for and warned that the death toll was likely "
         "to rise.",
         "The death toll could climb further: {missing} people are still missing, according to emergency services."),
        ("The {storm_kind} brought sustained winds of {wind} km/h, with gusts reaching {gusts} km/h along the coast.",
         "Gusts of up to {gusts} km/h were recorded at the airport in {city}, where all flights were cancelled.",
         "Forecasters measured sustained winds of {wind} km/h as the centre of the storm passed just south of {city}."),
        ("More than {evacuated} people had been moved to shelters in schools and sports halls before the storm "
         "arrived.",
         "Officials ordered the evacuation of {evacuated} residents from coastal districts on the eve of landfall.",
         "Some {evacuated} people spent the night in emergency shelters across {region}."),
        ("{utility} said {without_power} homes and businesses were without electricity on {weekday} evening.",
         "Power was cut to {without_power} customers, and {utility} warned that some areas could wait days for "
         "it to be restored.",
         "About {without_power} households lost power as the winds brought down lines across the region, "
         "according to {utility}."),
        ("Up to {rain} millimetres of rain fell in less than 24 hours, flooding streets in {district} and "
         "cutting several main roads.",
         "{agency} said {rain} mm of rain had fallen in parts of {region}, more than a month's worth in a single day.",
         "Heavy rain of up to {rain} millimetres caused rivers to burst their banks, turning roads in {district} "
         "into torrents."),
        ("Initial estimates suggest about {homes} homes were damaged or destroyed.",
         "Local officials said at least {homes} houses had lost their roofs or been flooded.",
         "Pictures from {district} showed collapsed walls, uprooted trees and cars carried away by the water; "
         "about {homes} homes were damaged."),
        ("The national government said it would send soldiers and emergency supplies to the worst-hit areas.",
         "The government of {country} declared a state of emergency in {region} and released funds for "
         "reconstruction.",
         "Troops were deployed to help clear debris and deliver drinking water to communities that had been "
         "cut off."),
        ("{agency} said the storm was expected to weaken as it moved inland over the next 48 hours.",
         "Forecasters expect the system to lose strength over land but warned of further flooding and landslides.",
         "The storm was moving slowly inland on {weekday} night, and {agency} kept its highest warning in place "
         "for {region}."),
        ("Schools across {region} were closed and ferry services were suspended.",
         "All ports in the region were shut, and schools will stay closed until at least the end of the week.",
         "Airlines cancelled dozens of flights in and out of {city}, and rail services in the region were halted."),
    ),
    speakers=(
        Speaker("official", "the governor of {region}", (
            "We are asking everyone in low-lying areas to stay in the shelters until we say it is safe to return",
            "Our priority now is to reach the communities that have been cut off",
            "This is one of the strongest storms this region has seen in a generation",
        )),
        Speaker("expert", "a forecaster at {agency}", (
            "The storm is moving slowly, which means the rain will keep falling on the same places for hours",
            "Warm sea temperatures allowed it to strengthen very quickly before it reached the coast",
            "The danger is not over: the flooding can be worse than the wind",
        )),
        Speaker("resident", "a resident of {district}", (
            "The water came up so fast that we only had time to grab the children",
            "We have lost everything, the roof, the furniture, everything",
            "I have lived here for forty years and I have never seen anything like this",
        )),
    ),
    background=(
        "{storm} is the {nth} major storm to hit {country} this season.",
        "Scientists say warmer seas are making storms wetter and more intense.",
        "{region} was still rebuilding after severe floods {years_ago} years ago.",
    ),
)

ATTACK = KindBank(
    headlines=(
        "{attack} kills {dead} near {target} in {city}",
        "At least {dead} killed in {attack} in {city}",
        "{city} {attack} leaves {dead} dead and dozens wounded",
        "Police hunt suspects after deadly {attack} in {city}",
    ),
    ledes=(
        "At least {dead} people were killed and {injured} wounded on {weekday} when a {attack} hit {target} in "
        "{city}, police said.",
        "A {attack} near {target} in the {district} area of {city} killed {dead} people on {weekday}, in one of "
        "the deadliest attacks in {country} in years.",
        "A {attack} struck {target} in central {city} on {weekday}, killing {dead} people and sending {injured} "
        "more to hospital, officials said.",
    ),
    facts=(
        ("The attack happened at about {hour}, when the area was crowded with shoppers and commuters.",
         "Witnesses said the blast came at around {hour}, at one of the busiest times of the day.",
         "It took place shortly after {hour} local time, police said."),
        ("At {hospital}, {injured} people were being treated, several of them in a critical condition.",
         "Doctors at {hospital} said they had received {injured} wounded, some with serious burns.",
         "The wounded, {injured} in all, were taken to {hospital} and other clinics in the city."),
        ("Police said they had arrested {arrests} suspects in raids across the city overnight.",
         "Police have detained {arrests} people in connection with the attack.",
         "Security forces detained {arrests} suspects and were searching for others, officials said."),
        ("No group has so far claimed responsibility.",
         "There was no immediate claim of responsibility.",
         "It was not immediately clear who was behind the attack, and no group has said it carried it out."),
        ("Roads around {target} were sealed off as forensic teams searched the scene.",
         "The area around the site remained cordoned off on {weekday} evening.",
         "Investigators in white suits combed the street for evidence while armed police kept onlookers back."),
        ("Security was tightened at stations, markets and government buildings across {country}.",
         "The authorities raised the national threat level and deployed extra police in {city}.",
         "Extra checkpoints were set up on the main roads into {city}."),
        ("The government announced three days of national mourning.",
         "Flags flew at half-mast on public buildings, and the government declared a period of mourning.",
         "Leaders from neighbouring countries sent messages of condolence to the people of {country}."),
    ),
    speakers=(
        Speaker("spokesperson", "a police spokesperson", (
            "We are treating this as a deliberate attack on civilians",
            "Everyone involved in this crime will be found and brought to justice",
            "We ask people to stay away from the area and to follow instructions from the police",
        )),
        Speaker("minister", "the interior minister", (
            "This cowardly act will not divide us",
            "Our security forces are working day and night to find those responsible",
        )),
        Speaker("witness", "who was nearby when the attack took place", (
            "There was a huge noise and then everybody was running and screaming",
            "I saw people lying on the ground and others trying to help them",
        )),
    ),
    background=(
        "{city} had been spared major violence for several years.",
        "The attack comes weeks after the government said security in {country} had improved.",
    ),
)

TRIAL = KindBank(
    headlines=(
        "{defendant} jailed for {years} years in {charge} case",
        "Court convicts {defendant_role} {defendant} of {charge}",
        "{city} court sentences {defendant} to {years} years",
        "{defendant}, {defendant_role}, found guilty of {charge}",
    ),
    ledes=(
        "{court} on {weekday} sentenced {defendant}, the {defendant_role}, to {years} years in prison for "
        "{charge}, ending a trial that had lasted {months} months.",
        "{defendant}, a {defendant_role}, was found guilty of {charge} on {weekday} and sentenced to {years} "
        "years in prison by {court}.",
        "A court in {city} on {weekday} convicted {defendant}, the {defendant_role}, of {charge} involving about "
        "{amount} million US dollars and handed down a sentence of {years} years.",
    ),
    facts=(
        ("Prosecutors said the scheme had cost the public about {amount} million US dollars.",
         "The case centred on contracts worth about {amount} million US dollars.",
         "According to the indictment, about {amount} million US dollars were diverted through shell companies."),
        ("Judge {judge} said the evidence against the defendant was overwhelming.",
         "In the ruling, Judge {judge} said the defendant had abused the trust of the public.",
         "Judge {judge} read out the verdict to a packed courtroom."),
        ("Shorter sentences were handed to {co_defendants} other defendants.",
         "The court also convicted {co_defendants} co-defendants, most of them former officials.",
         "In all, {co_defendants} people were tried in the same case; two of them were acquitted."),
        ("The defence lawyer, {lawyer}, said an appeal would be lodged.",
         "The defence said it would challenge the verdict in a higher court.",
         "{lawyer}, who represented him, told reporters the ruling was unjust and would be appealed."),
        ("The trial, which lasted {months} months, heard from more than 60 witnesses.",
         "Over {months} months, the court examined thousands of pages of bank records.",
         "The proceedings began {months} months ago and were broadcast in part on national television."),
        ("The case was seen as a test of the government's promise to fight corruption.",
         "Anti-corruption groups welcomed the verdict as a sign that no one is above the law.",
         "The case has dominated headlines in {country} since the arrest of {defendant}."),
        ("Supporters of the defendant gathered outside the courthouse in {city}.",
         "Dozens of protesters waited outside the court, some holding banners.",
         "Police kept a small crowd of supporters and opponents apart outside the building."),
    ),
    speakers=(
        Speaker("prosecutor", "the chief prosecutor", (
            "This verdict shows that public money is not private property",
            "We proved every element of the charges, and the court agreed",
        )),
        Speaker("lawyer", "the defence lawyer", (
            "My client is innocent and we will take this case as far as we have to",
            "This was a political trial from the very beginning",
        )),
    ),
    background=(
        "The court also ordered the seizure of assets linked to {company}.",
        "{defendant} had denied all the charges throughout the trial.",
    ),
)

STRIKE = KindBank(
    headlines=(
        "{workers} in {country} walk out over pay",
        "A {hours}-hour strike by {workers} disrupts {country}",
        "Strike by {strikers} {workers} hits {city}",
        "{country} braces for {hours}-hour {sector} strike",
    ),
    ledes=(
        "Some {strikers} {workers} across {country} went on strike on {weekday}, demanding a {demand}% pay rise "
        "and causing widespread disruption in {city} and other cities.",
        "A {hours}-hour strike by {workers} began on {weekday} after talks between {union} and {employer} broke "
        "down, leaving hundreds of thousands of people facing delays.",
        "{workers} in {country} walked out on {weekday} in a dispute over pay, with {union} saying {strikers} "
        "members had joined the {hours}-hour stoppage.",
    ),
    facts=(
        ("The union is demanding a pay rise of {demand}%, while {employer} has offered {offer}%.",
         "{employer} has offered {offer}%, far short of the {demand}% the union wants.",
         "The gap between the two sides remains wide: {demand}% demanded against {offer}% offered."),
        ("About {cancelled} services were cancelled on the first day, affecting around {affected} people.",
         "Officials estimated that {affected} people were affected by the stoppage.",
         "More than {cancelled} services were cancelled, according to {employer}."),
        ("Union leader {leader} said the walkout would go ahead unless a new offer was made.",
         "{leader}, who heads {union}, said members had been left with no choice.",
         "Speaking outside the ministry, {leader} called on the government to return to the table."),
        ("Labour minister {minister} urged both sides to resume talks.",
         "The government, through labour minister {minister}, said the demands were unaffordable.",
         "Minister {minister} said the government would not be held to ransom."),
        ("It is the {talks_day} strike in the {sector} sector this year.",
         "This is the {talks_day} walkout in the {sector} sector since January.",
         "The dispute has now produced its {talks_day} strike of the year."),
        ("Picket lines formed outside depots and offices in {city} early in the morning.",
         "Hundreds of striking workers marched through the centre of {city}.",
         "Strikers gathered outside the headquarters of {employer} in {city}."),
        ("Business groups warned the strike could cost the economy millions.",
         "Employers' organisations said the stoppage would hurt an already fragile economy.",
         "Small businesses in {city} said the disruption had cut their takings."),
    ),
    speakers=(
        Speaker("leader", "the leader of {union}", (
            "Our members cannot keep working longer hours for less money",
            "Nobody wants to strike, but we have been left with no alternative",
        )),
        Speaker("minister", "the labour minister", (
            "The door remains open for talks, but the demands must be realistic",
            "We regret the disruption caused to the public",
        )),
    ),
    background=(
        "Inflation in {country} has eaten into wages over the past two years.",
        "Strikes have become more frequent in {country} as living costs have risen.",
    ),
)
