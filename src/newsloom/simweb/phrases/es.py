"""The Spanish phrasebook: fewer wordings than the English one, the same facts."""

from newsloom.simweb.phrases import KindBank, Phrasebook, Speaker

_STORM = KindBank(
    headlines=("{storm} deja al menos {dead} muertos en {region}",
               "{storm} azota {city} y deja sin luz a {without_power} hogares"),
    ledes=("{storm} tocó tierra cerca de {city} el {weekday} y dejó al menos {dead} muertos, según las "
           "autoridades de {region}, que evacuaron a {evacuated} personas.",
           "Al menos {dead} personas murieron el {weekday} en {region}, donde {storm} golpeó con vientos de "
           "hasta {wind} km/h en {city}."),
    facts=(
        ("Los equipos de rescate buscan todavía a {missing} desaparecidos.",
         "Las autoridades advirtieron de que la cifra de muertos podría aumentar: hay {missing} desaparecidos."),
        ("Se registraron ráfagas de hasta {gusts} km/h en la costa.",
         "El {storm_kind} llegó con vientos sostenidos de {wind} km/h."),
        ("Unas {evacuated} personas pasaron la noche en albergues.",
         "Antes de la llegada del temporal se evacuó a {evacuated} vecinos de las zonas costeras."),
        ("La compañía {utility} informó de que {without_power} hogares seguían sin electricidad.",
         "El suministro eléctrico se cortó para {without_power} clientes."),
        ("Cayeron hasta {rain} litros por metro cuadrado en menos de 24 horas y las calles de {district} "
         "quedaron inundadas.",
         "{agency} registró {rain} milímetros de lluvia en algunas zonas de {region}."),
        ("Unas {homes} viviendas resultaron dañadas o destruidas.",
         "Según los primeros cálculos, {homes} casas sufrieron daños."),
    ),
    speakers=(Speaker("official", "gobernador de {region}",
                      ("Pedimos a todos que permanezcan en los albergues hasta nuevo aviso",)),
              Speaker("resident", "vecino de {district}",
                      ("El agua subió tan rápido que solo pudimos salvar a los niños",))),
    background=("Es el {nth} gran temporal que azota {country} esta temporada.",),
)

_ATTACK = KindBank(
    headlines=("Un {attack} deja {dead} muertos en {city}", "Al menos {dead} muertos en un {attack} en {city}"),
    ledes=("Al menos {dead} personas murieron y {injured} resultaron heridas el {weekday} en un {attack} "
           "contra {target} de {city}, según la policía.",
           "Un {attack} contra {target} en el barrio de {district}, en {city}, causó {dead} muertos el {weekday}."),
    facts=(
        ("El ataque se produjo hacia las {hour}, cuando la zona estaba llena de gente.",
         "Según testigos, la explosión ocurrió sobre las {hour}."),
        ("Los {injured} heridos fueron trasladados al {hospital}.", "El {hospital} atendió a {injured} heridos."),
        ("La policía detuvo a {arrests} sospechosos.", "Hay {arrests} detenidos en relación con el ataque."),
        ("Ningún grupo ha reivindicado el atentado.", "Por el momento nadie se ha atribuido el ataque."),
        ("Se reforzó la seguridad en estaciones y mercados de todo el país.",
         "Las autoridades elevaron el nivel de alerta en {city}."),
    ),
    speakers=(Speaker("spokesperson", "portavoz de la policía",
                      ("Todos los responsables de este crimen serán llevados ante la justicia",)),),
    background=("{city} no había sufrido un ataque de esta magnitud en años.",),
)

_TRIAL = KindBank(
    headlines=("Condenan a {years} años de prisión a {defendant} por {charge}",
               "{defendant}, {defendant_role}, culpable de {charge}"),
    ledes=("{court} condenó el {weekday} a {defendant}, {defendant_role}, a {years} años de cárcel por {charge}.",
           "{defendant}, {defendant_role}, fue declarado culpable de {charge} el {weekday} tras un juicio de "
           "{months} meses en {city}."),
    facts=(
        ("La fiscalía cifró el perjuicio en unos {amount} millones de dólares.",
         "El caso giraba en torno a contratos por valor de {amount} millones de dólares."),
        ("El juez {judge} consideró abrumadoras las pruebas.", "El juez {judge} leyó el fallo ante una sala llena."),
        ("Otros {co_defendants} acusados recibieron penas menores.",
         "El tribunal condenó también a {co_defendants} coacusados."),
        ("Su abogado, {lawyer}, anunció que recurrirá la sentencia.", "La defensa anunció un recurso."),
        ("El juicio duró {months} meses.", "Durante {months} meses se examinaron miles de documentos bancarios."),
    ),
    speakers=(Speaker("prosecutor", "fiscal jefe", ("El dinero público no es propiedad privada",)),),
    background=("{defendant} negó todos los cargos durante el proceso.",),
)

_STRIKE = KindBank(
    headlines=("Huelga de {workers} en {country} por los salarios",
               "Una huelga de {hours} horas paraliza el sector {sector} en {country}"),
    ledes=("Unos {strikers} {workers} de {country} iniciaron el {weekday} una huelga para exigir una subida "
           "salarial del {demand}%.",
           "Una huelga de {hours} horas de {workers} comenzó el {weekday} tras la ruptura de las negociaciones "
           "entre {union} y {employer}."),
    facts=(
        ("El sindicato pide un aumento del {demand}%, mientras que {employer} ofrece un {offer}%.",
         "La oferta es del {offer}%, lejos del {demand}% que reclaman los trabajadores."),
        ("Se cancelaron unos {cancelled} servicios y unas {affected} personas se vieron afectadas.",
         "La huelga afectó a unas {affected} personas."),
        ("El líder sindical {leader} dijo que los trabajadores no tenían otra opción.",
         "{leader} pidió al Gobierno que vuelva a la mesa de negociación."),
        ("El titular de Trabajo, {minister}, pidió a ambas partes que retomen el diálogo.",
         "El Gobierno, por boca de {minister}, calificó las demandas de inasumibles."),
        ("Es el {talks_day} paro del sector este año.", "Cientos de huelguistas marcharon por el centro de {city}."),
    ),
    speakers=(Speaker("leader", "líder de {union}", ("Nadie quiere hacer huelga, pero no nos han dejado otra salida",)),),
    background=("La inflación ha reducido el poder adquisitivo de los salarios en {country}.",),
)

_ELECTION = KindBank(
    headlines=("{winner} gana las elecciones en {country} con el {share}% de los votos",
               "Elecciones en {country}: {winner} derrota a {runner_up}"),
    ledes=("{winner}, del {winner_party}, ganó el {weekday} las elecciones generales de {country} con el {share}% "
           "de los votos, según los resultados preliminares de {commission}.",
           "Los votantes de {country} dieron el {weekday} la victoria a {winner}, cuyo partido obtuvo {seats} de "
           "los {total_seats} escaños."),
    facts=(
        ("{runner_up}, del {runner_party}, quedó segundo con el {runner_share}%.",
         "El principal rival, {runner_up}, obtuvo el {runner_share}%."),
        ("La participación fue del {turnout}%.", "{commission} situó la participación en el {turnout}%."),
        ("El {winner_party} obtuvo {seats} de los {total_seats} escaños.",
         "Con {seats} escaños, el {winner_party} podrá gobernar en solitario."),
        ("{runner_up} reconoció la derrota y felicitó al ganador.", "La oposición aceptó el resultado."),
        ("{winner} sustituirá a {outgoing}.", "Miles de simpatizantes celebraron la victoria en las calles de {city}."),
    ),
    speakers=(Speaker("analyst", "politólogo de {university}", ("Es un mandato claro, pero la economía lo pondrá a prueba",)),),
    background=("Los observadores internacionales publicarán su informe esta semana.",),
)

_SUMMIT = KindBank(
    headlines=("Acuerdo sobre {topic} en la cumbre de {city}",
               "Los {delegations} países de la cumbre de {city} firman una declaración sobre {topic}"),
    ledes=("Los líderes de {delegations} países reunidos en {city} acordaron el {weekday} crear un fondo de "
           "{fund} mil millones de dólares para {topic}.",
           "La cumbre de {bloc} en {city} terminó el {weekday} con un acuerdo sobre {topic}."),
    facts=(
        ("Los objetivos deberán cumplirse antes de {deadline}.", "El plazo para los compromisos se fijó en {deadline}."),
        ("Las conversaciones, celebradas en {venue}, duraron {days} días.",
         "Tras {days} días de negociaciones se aprobó el texto final."),
        ("El ministro de Exteriores {host} presidió la reunión.", "{host} ejerció de anfitrión de la cumbre."),
        ("{guest}, jefe de la delegación de {guest_country}, calificó el acuerdo de primer paso.",
         "La delegación de {guest_country} pidió compromisos más ambiciosos."),
        ("Las organizaciones sociales criticaron la falta de compromisos vinculantes.",
         "Activistas protestaron frente a {venue}."),
    ),
    speakers=(Speaker("host", "ministro de Exteriores de {country}",
                      ("Este acuerdo demuestra que la cooperación sigue siendo posible",)),),
    background=("La cumbre anterior terminó sin una declaración conjunta.",),
)

_MARKET = KindBank(
    headlines=("La bolsa de {city} {moved} un {change}% tras la decisión del banco central",
               "{index_name}: la mayor {move} en meses"),
    ledes=("La bolsa de {city} {moved} el {weekday} y {index} cerró un {change}% {direction}, en {close} puntos, "
           "tras la decisión del banco central de {country}, que {bank_verb} los tipos de interés.",
           "El banco central de {country} {bank_verb} el {weekday} su tipo de referencia en {bps} puntos básicos, "
           "hasta el {rate}%, y la bolsa de {city} {moved} un {change}%."),
    facts=(
        ("El índice cerró en {close} puntos.", "Al cierre, {index} se situaba en {close} puntos."),
        ("Las acciones de {company} registraron un movimiento del {company_move}%.",
         "{company} encabezó la {move} con un {company_move}%."),
        ("La moneda local {currency_verb} un {currency_move}% frente al dólar.",
         "En el mercado de divisas, la moneda local {currency_verb} un {currency_move}%."),
        ("El gobernador del banco central, {governor}, dijo que la decisión era necesaria para contener la "
         "inflación.", "{governor} no descartó nuevos movimientos."),
        ("El volumen de negociación fue muy superior a la media.", "Los operadores hablaron de una sesión muy agitada."),
    ),
    speakers=(Speaker("analyst", "analista de {firm}", ("El mercado no estaba preparado para un movimiento así",)),),
    background=("La inflación en {country} supera el objetivo del banco central desde hace más de un año.",),
    words={
        "moved": ("subió", "cayó"), "move": ("subida", "caída"), "direction": ("al alza", "a la baja"),
        "bank_verb": ("recortó", "subió"), "bank_base": ("recortar", "subir"),
        "currency_verb": ("se debilitó", "se fortaleció"),
    },
    switch="down",
)

_FINAL = KindBank(
    headlines=("El {winner_team} gana la {competition} ante el {loser_team}",
               "Final de la {competition}: {winner_team} {score_w}, {loser_team} {score_l}"),
    ledes=("El {winner_team} ganó el {weekday} la {competition} al vencer por {score_w}-{score_l} al "
           "{loser_team} ante {attendance} espectadores en el {stadium} de {city}.",
           "Un gol de {scorer} en el minuto {minute} dio al {winner_team} la victoria por {score_w}-{score_l} "
           "sobre el {loser_team} en la final de la {competition}."),
    facts=(
        ("{scorer} marcó el gol decisivo en el minuto {minute}.", "El gol de la victoria llegó en el minuto {minute}."),
        ("El {stadium} se llenó con {attendance} espectadores.", "El estadio registró una entrada de {attendance} aficionados."),
        ("Es el {nth} título de la historia del {winner_team}.", "El club suma así su {nth} trofeo."),
        ("El entrenador {coach} dedicó el triunfo a la afición.", "{coach} fue manteado por sus jugadores."),
        ("El {loser_team} dominó la primera parte, pero no logró marcar.",
         "{loser_coach}, técnico del {loser_team}, elogió a sus jugadores pese a la derrota."),
    ),
    speakers=(Speaker("coach", "entrenador del {winner_team}", ("Estos jugadores lo han dado todo y se lo merecen",)),),
    background=("La celebración en {city} se prolongó hasta la madrugada.",),
)

SPANISH = Phrasebook(
    language="es",
    kinds={
        "storm": _STORM, "attack": _ATTACK, "trial": _TRIAL, "strike": _STRIKE,
        "election": _ELECTION, "summit": _SUMMIT, "market": _MARKET, "final": _FINAL,
    },
    attributions=(
        "«{quote}», declaró {name}, {title}.",
        "{name}, {title}, afirmó: «{quote}».",
        "«{quote}», dijo {name}, {title}, a {outlet}.",
    ),
    closers=("Las autoridades informaron de que darán más detalles en las próximas horas.",),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    thousands=".",
    group_from=10_000,
    decimal=",",
    small_numbers=(),
)
