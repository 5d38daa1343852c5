"""English sentences for elections, summits, markets and sports finals."""

from newsloom.simweb.phrases import KindBank, Speaker

ELECTION = KindBank(
    headlines=(
        "{winner} wins {country} election with {share}% of the vote",
        "{country} election: {winner} defeats {runner_up}",
        "Opposition concedes as {winner} wins {country} vote",
        "{winner_party} sweeps to power in {country}",
    ),
    ledes=(
        "{winner} of the {winner_party} won the general election in {country} on {weekday} with {share}% of "
        "the vote, according to preliminary results from {commission}.",
        "Voters in {country} handed victory to {winner} on {weekday}, giving the {winner_party} {seats} of "
        "the {total_seats} seats in parliament.",
        "{winner} is set to become the next {office} of {country} after the {winner_party} won {share}% of the "
        "vote in {weekday}'s election, official results showed.",
    ),
    facts=(
        ("{runner_up} of the {runner_party} came second with {runner_share}%.",
         "The main challenger, {runner_up}, took {runner_share}% of the vote.",
         "{runner_up}, the candidate of the {runner_party}, finished well behind on {runner_share}%."),
        ("Turnout was {turnout}%, {commission} said.",
         "{commission} put turnout at {turnout}%.",
         "About {turnout}% of registered voters cast a ballot."),
        ("The result gives the {winner_party} {seats} of the {total_seats} seats in parliament.",
         "With {seats} seats out of {total_seats}, the {winner_party} will be able to govern without a coalition.",
         "The {winner_party} won {seats} seats, a clear majority in the {total_seats}-member chamber."),
        ("{runner_up} conceded defeat late on {weekday} and congratulated the winner.",
         "Speaking to supporters in {city}, {runner_up} accepted the result.",
         "The opposition said it would accept the outcome but would examine complaints about irregularities."),
        ("{winner} replaces {outgoing}, who did not stand for another term.",
         "The outgoing {office}, {outgoing}, was barred from running again.",
         "{outgoing}, who has led the country for eight years, will hand over power next month."),
        ("Thousands of supporters celebrated in the streets of {city} after the first results were announced.",
         "Crowds gathered outside the headquarters of the {winner_party} in {city}, waving flags.",
         "Car horns sounded across {city} as the results came in."),
        ("The campaign was dominated by the cost of living, jobs and corruption.",
         "Prices, unemployment and public services were the main issues of the campaign.",
         "Observers said the vote had been largely peaceful and orderly."),
    ),
    speakers=(
        Speaker("winner", "the {office}-elect", (
            "Tonight the people of {country} have chosen change",
            "I will be the {office} of every citizen, including those who did not vote for me",
        )),
        Speaker("analyst", "a political scientist at {university}", (
            "This is a clear mandate, but the economy will test it very quickly",
            "Voters punished the governing party for rising prices",
        )),
    ),
    background=(
        "The {winner_party} was founded only a few years ago.",
        "International observers are expected to publish their report on the vote later this week.",
    ),
)

SUMMIT = KindBank(
    headlines=(
        "Leaders agree {fund}-billion-dollar {topic} fund at {city} summit",
        "{bloc} summit in {city} ends with deal on {topic}",
        "{city} summit: {delegations} nations sign {topic} declaration",
        "Deal on {topic} reached as {city} summit closes",
    ),
    ledes=(
        "Leaders from {delegations} countries meeting in {city} agreed on {weekday} to create a {fund} billion "
        "dollar fund for {topic}, at the end of a summit of {bloc}.",
        "A summit of {bloc} in {city} closed on {weekday} with an agreement on {topic}, with {delegations} "
        "delegations signing a joint declaration.",
        "Delegations from {delegations} nations signed a declaration on {topic} in {city} on {weekday}, "
        "pledging {fund} billion dollars over the coming years.",
    ),
    facts=(
        ("The declaration commits members to targets that must be met by {deadline}.",
         "Under the agreement, the targets are to be met by {deadline}.",
         "The deadline for the commitments was set at {deadline}."),
        ("The talks, held at {venue}, lasted {days} days.",
         "Negotiators spent {days} days at {venue} working on the text.",
         "After {days} days of talks at {venue}, the final text was agreed late at night."),
        ("The summit was hosted by foreign minister {host} of {country}.",
         "{host}, the foreign minister of {country}, chaired the meeting.",
         "Host {country} was represented by its foreign minister, {host}."),
        ("{guest}, who led the delegation of {guest_country}, called the deal a good first step.",
         "The delegation of {guest_country}, led by {guest}, pushed for stronger language in the final text.",
         "{guest} of {guest_country} said more money would be needed."),
        ("Campaigners said the pledges fell short of what is needed.",
         "Civil society groups criticised the lack of binding commitments.",
         "Activists protested outside {venue} throughout the talks."),
        ("The next summit will be held in two years.",
         "Members agreed to review progress at a meeting next year.",
         "A follow-up meeting of ministers is planned for the autumn."),
    ),
    speakers=(
        Speaker("host", "the foreign minister of {country}", (
            "This agreement shows that cooperation is still possible in a divided world",
            "We came here to act, and we leave with concrete commitments",
        )),
        Speaker("critic", "a campaigner who followed the talks", (
            "The words are fine, but the money is still far too little",
            "Without binding targets, this declaration risks staying on paper",
        )),
    ),
    background=(
        "{bloc} was set up to coordinate policy among its members.",
        "The previous summit ended without a joint statement.",
    ),
)

MARKET = KindBank(
    headlines=(
        "{index_name} {moved} {change}% after central bank {bank_verb} rates",
        "Stocks in {city} {moved} sharply as {country} {bank_verb} interest rates",
        "{index_name} posts biggest {move} in months",
        "Markets in {country} {moved} on surprise rate decision",
    ),
    ledes=(
        "Shares in {city} {moved} on {weekday}, with {index} closing {change}% {direction} at {close} points "
        "after the central bank of {country} {bank_verb} interest rates.",
        "{index} {moved} {change}% on {weekday}, its biggest daily {move} in months, as investors reacted to a "
        "decision by the central bank to {bank_base} rates by {bps} basis points.",
        "The central bank of {country} {bank_verb} its main interest rate by {bps} basis points to {rate}% on "
        "{weekday}, and stocks in {city} {moved} {change}% in response.",
    ),
    facts=(
        ("The index closed at {close} points, {points} points {direction} on the day.",
         "By the close, {index} stood at {close} points.",
         "It ended the session at {close} points."),
        ("The bank {bank_verb} its benchmark rate by {bps} basis points to {rate}%.",
         "The main rate now stands at {rate}% after a move of {bps} basis points.",
         "Policymakers voted to move the rate to {rate}%."),
        ("Shares in {company} {moved} {company_move}%, the biggest move in the index.",
         "{company} led the {move}, its shares moving {company_move}%.",
         "Among individual stocks, {company} stood out with a move of {company_move}%."),
        ("The {currency} {currency_verb} {currency_move}% against the US dollar.",
         "On currency markets, the {currency} {currency_verb} by {currency_move}%.",
         "The {currency} also {currency_verb}, moving {currency_move}% against the dollar."),
        ("Central bank governor {governor} said the decision was needed to keep inflation under control.",
         "Governor {governor} told a news conference that further moves had not been ruled out.",
         "In a statement, governor {governor} said the bank would watch the data closely."),
        ("Trading volumes were well above average.",
         "Dealers reported heavy trading throughout the afternoon.",
         "Volumes were roughly double the daily average of the past month."),
    ),
    speakers=(
        Speaker("analyst", "an analyst at {firm}", (
            "The market was not prepared for a move of this size",
            "Investors are now asking how far the central bank is willing to go",
        )),
        Speaker("governor", "the governor of the central bank", (
            "Price stability is our first responsibility",
            "We will do what is necessary, and no more than that",
        )),
    ),
    background=(
        "Inflation in {country} has been above the central bank's target for more than a year.",
        "Markets across the region have been volatile in recent weeks.",
    ),
    words={
        "moved": ("rose", "fell"), "move": ("rise", "fall"), "direction": ("higher", "lower"),
        "bank_verb": ("cut", "raised"), "bank_base": ("cut", "raise"),
        "currency_verb": ("weakened", "strengthened"),
    },
    switch="down",
)

FINAL = KindBank(
    headlines=(
        "{winner_team} beat {loser_team} to win {competition}",
        "{scorer} strike hands {winner_team} the {competition}",
        "{winner_team} lift {competition} after {score_w}-{score_l} win",
        "{competition} final: {winner_team} {score_w}, {loser_team} {score_l}",
    ),
    ledes=(
        "{winner_team} won the {competition} on {weekday}, beating {loser_team} {score_w}-{score_l} in front "
        "of {attendance} fans at the {stadium} in {city}.",
        "A goal from {scorer} in the {minute_th} minute gave {winner_team} a {score_w}-{score_l} victory over "
        "{loser_team} in the {competition} final on {weekday}.",
        "{winner_team} are {competition} champions after a {score_w}-{score_l} win over {loser_team} on "
        "{weekday} night.",
    ),
    facts=(
        ("{scorer} scored the decisive goal in the {minute_th} minute.",
         "The winner came in the {minute_th} minute, when {scorer} finished from close range.",
         "{scorer} settled the match with {minute} minutes gone."),
        ("The crowd of {attendance} was a record for the final.",
         "The {stadium} was filled with {attendance} spectators.",
         "A sell-out crowd of {attendance} watched at the {stadium}."),
        ("It is the {nth} title in the history of {winner_team}.",
         "The win gives {winner_team} the {nth} trophy of their history.",
         "{winner_team} have now won the competition for the {nth} time."),
        ("Coach {coach} was thrown into the air by the players at the final whistle.",
         "{coach}, the coach of {winner_team}, dedicated the win to the supporters.",
         "For coach {coach}, it is the biggest trophy of a long career."),
        ("{loser_team} had the better of the first half but could not score.",
         "{loser_team} hit the post twice before the break.",
         "{loser_team} pressed hard in the closing minutes without finding an equaliser."),
        ("{loser_coach}, the coach of {loser_team}, said the team had deserved more.",
         "{loser_coach} praised the players despite the defeat.",
         "The defeat ends a run of {seasons} unbeaten matches for {loser_team} under {loser_coach}."),
    ),
    speakers=(
        Speaker("coach", "the coach of {winner_team}", (
            "These players gave everything tonight and they deserve this",
            "We suffered in the first half, but the team never stopped believing",
        )),
        Speaker("scorer", "who scored the winning goal", (
            "I have dreamed of a night like this since I was a child",
            "The goal belongs to the whole team",
        )),
    ),
    background=(
        "Celebrations were expected to continue in {city} late into the night.",
        "The two sides had met twice in the league this season.",
    ),
)
