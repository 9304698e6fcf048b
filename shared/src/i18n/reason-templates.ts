// The status texts in the Convention's four languages (Arabic, English, French, Spanish): the reason sentences, the
// projection sentences, the note on inferred cycles, and the small phrases formatReason words parameters with (bounds,
// lists, status labels). Same keys and the same {placeholders} as the English REASON_TEMPLATES: the classifier hands
// back the params the English sentence uses (reasonParams), so a translation may rely on those and no others.
// Render a status with localizeStatus (shared/src/domain/status-input.ts), or one key with
// formatReason(key, params, REASON_TEMPLATES_BY_LANG[lang]).
//
// Conventions:
// - Terminology follows the Convention's official versions: États parties / Estados Partes / الدول الأطراف, etc.
// - Cycle codes (10MSP, 13MSP, 3RC) stay as codes. In French and Spanish they take the feminine article, as the
//   meetings they name do (l'Assemblée / la Conferencia): « lors de la 13MSP », « d’ici à la 3RC », « en la 13MSP ».
// - French: non-breaking space (\u00a0) before « : ; ? ! % » and inside « » guillemets; typographic apostrophe (’).
// - Spanish: non-breaking space before % (« el 40 % »), as in current RAE and United Nations usage.
// - Arabic: Western digits as supplied by the code, % without a space, Arabic comma (،) and semicolon (؛).
// - {unit} is filled by the caller (default 'States Parties'): localizeStatus translates it with translateUnit.
//   Arabic sentences put it after « من » ({nk} من أصل {N} من {unit}), which reads correctly with a definite plural
//   such as « الدول الأطراف ».
// - A bounded figure fills its placeholder through the status.bound.* phrase ("at least 8"), a list of cycles through
//   status.list.*, a status name through status.label.*: the phrases must read inside the sentences around them.
import { REASON_TEMPLATES } from '../domain/classify.ts';
import { STATUS_CODES, type StatusCode } from '../schemas/common.ts';
import type { Language } from './languages.ts';

type ReasonTemplateMap = Record<keyof typeof REASON_TEMPLATES, string>;

const fr = {
  'status.reason.insufficient_none':
    'Données insuffisantes\u00a0: aucun chiffre pour un cycle donné n’a encore été communiqué, de sorte qu’aucune tendance ne peut être évaluée\u00a0; des chiffres pour deux cycles permettraient de trancher.',
  'status.reason.insufficient_period':
    'Données insuffisantes\u00a0: le document donne des chiffres pour l’ensemble de la période, et non pour chaque cycle, de sorte qu’aucune tendance ne peut être évaluée\u00a0; des chiffres pour deux cycles permettraient de trancher.',
  'status.reason.insufficient_one_share':
    'Données insuffisantes\u00a0: un seul chiffre exploitable à ce jour ({nk} sur {N} {unit}, soit {pctK}\u00a0%, lors de la {latestCycle}), alors qu’il en faut au moins {minPoints} pour dégager une tendance\u00a0; un chiffre pour un autre cycle permettrait de trancher.',
  'status.reason.insufficient_one_count':
    'Données insuffisantes\u00a0: un seul chiffre exploitable à ce jour ({nk} {unit} lors de la {latestCycle}), alors qu’il en faut au moins {minPoints} pour dégager une tendance\u00a0; un chiffre pour un autre cycle permettrait de trancher.',
  'status.reason.insufficient_few_share':
    'Données insuffisantes\u00a0: seulement {usablePoints} chiffres exploitables à ce jour, le plus récent étant de {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, alors qu’il en faut au moins {minPoints} pour dégager une tendance\u00a0; des chiffres pour d’autres cycles permettraient de trancher.',
  'status.reason.insufficient_few_count':
    'Données insuffisantes\u00a0: seulement {usablePoints} chiffres exploitables à ce jour, le plus récent étant de {nk} {unit} lors de la {latestCycle}, alors qu’il en faut au moins {minPoints} pour dégager une tendance\u00a0; des chiffres pour d’autres cycles permettraient de trancher.',
  'status.reason.insufficient_range':
    'Données insuffisantes\u00a0: les chiffres admettent tout statut allant de «\u00a0{from}\u00a0» à «\u00a0{to}\u00a0»\u00a0; un chiffre pour la {cycles} permettrait de trancher.',
  'status.reason.insufficient_range_several':
    'Données insuffisantes\u00a0: les chiffres admettent tout statut allant de «\u00a0{from}\u00a0» à «\u00a0{to}\u00a0»\u00a0; des chiffres pour les cycles {cycles} permettraient de trancher.',
  'status.reason.insufficient_either':
    'Données insuffisantes\u00a0: selon les chiffres exacts, le statut serait soit «\u00a0{from}\u00a0», soit «\u00a0{to}\u00a0»\u00a0; un chiffre pour la {cycles} permettrait de trancher.',
  'status.reason.insufficient_either_several':
    'Données insuffisantes\u00a0: selon les chiffres exacts, le statut serait soit «\u00a0{from}\u00a0», soit «\u00a0{to}\u00a0»\u00a0; des chiffres pour les cycles {cycles} permettraient de trancher.',
  'status.reason.achieved':
    'Atteint\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}\u00a0; l’objectif de {targetPct}\u00a0% fixé pour la {deadlineCycle} est donc atteint.',
  'status.reason.achieved_count':
    'Atteint\u00a0: {nk} {unit} lors de la {latestCycle}, ce qui répond à l’objectif de n’en compter plus aucun d’ici à la {deadlineCycle}.',
  'status.reason.declining_share':
    'En recul\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un éloignement de {lossPts} points de pourcentage par rapport à l’objectif de {targetPct}\u00a0%.',
  'status.reason.declining_share_changed_population':
    'En recul\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un éloignement de {lossPts} points de pourcentage par rapport à l’objectif de {targetPct}\u00a0%.',
  'status.reason.declining_count':
    'En recul\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit un écart de {loss} dans le mauvais sens.',
  'status.reason.stalled_recent_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_up_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, en hausse par rapport aux {n0} de la {baselineCycle}, mais sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_down_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, en baisse par rapport aux {n0} de la {baselineCycle}, et sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_same_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_same_up_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}, en hausse par rapport aux {n0} de la {baselineCycle}\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_same_down_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}, en baisse par rapport aux {n0} de la {baselineCycle}\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles.',
  'status.reason.stalled_recent_up_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, en hausse par rapport aux {n0} de la {baselineCycle}, mais sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles.',
  'status.reason.stalled_recent_down_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, en baisse par rapport aux {n0} de la {baselineCycle}, et sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles.',
  'status.reason.stalled_recent_same_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}.',
  'status.reason.stalled_recent_same_up_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}, en hausse par rapport aux {n0} de la {baselineCycle}.',
  'status.reason.stalled_recent_same_down_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, soit autant que lors de la {c1} et de la {c2}, en baisse par rapport aux {n0} de la {baselineCycle}.',
  'status.reason.stalled_past_deadline':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, en deçà de l’objectif de {targetPct}\u00a0%, sans chiffre antérieur à la {deadlineCycle} qui permette de mesurer un rythme\u00a0; il reste un écart de {remaining} à combler.',
  'status.reason.stalled_past_deadline_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, alors que l’objectif est de n’en compter plus aucun, sans chiffre antérieur à la {deadlineCycle} qui permette de mesurer un rythme.',
  'status.reason.stalled_slipped':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, en deçà de l’objectif de {targetPct}\u00a0% pourtant déjà atteint lors de la {baselineCycle}\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_slipped_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, alors que l’objectif de n’en compter plus aucun était déjà atteint lors de la {baselineCycle}.',
  'status.reason.stalled_no_gain_share':
    'Au point mort\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, sans progression nette, ne serait-ce que d’une unité\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_no_gain_share_changed_population':
    'Au point mort\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, une proportion qui n’a pas progressé, ne serait-ce que d’une unité\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_no_gain_count_target':
    'Au point mort\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, sans réduction nette, ne serait-ce que d’une unité, vers l’objectif de n’en compter plus aucun d’ici à la {deadlineCycle}.',
  'status.reason.stalled_no_target':
    'Au point mort\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit une amélioration nette inférieure à une unité\u00a0; aucun objectif n’est fixé, faute de connaître le nombre d’États concernés.',
  'status.reason.off_track':
    'Trop lent pour la {deadlineCycle}\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, dans le bon sens, mais à un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% à temps, en deçà du seuil de {stalledBelow}.',
  'status.reason.off_track_changed_population':
    'Trop lent pour la {deadlineCycle}\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, dans le bon sens, mais à un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% à temps, en deçà du seuil de {stalledBelow}.',
  'status.reason.off_track_count_target':
    'Trop lent pour la {deadlineCycle}\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, dans le bon sens, mais à un rythme égal à {ratio} fois le rythme nécessaire ({rObsCount} contre {rReqCount} de moins par cycle) pour n’en compter plus aucun à temps, en deçà du seuil de {stalledBelow}.',
  'status.reason.needs_acceleration':
    'À accélérer\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'À accélérer\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.needs_acceleration_count_target':
    'À accélérer\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsCount} contre {rReqCount} de moins par cycle) pour n’en compter plus aucun d’ici à la {deadlineCycle}.',
  'status.reason.on_track':
    'En bonne voie\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'En bonne voie\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.on_track_count_target':
    'En bonne voie\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsCount} contre {rReqCount} de moins par cycle) pour n’en compter plus aucun d’ici à la {deadlineCycle}.',
  'status.reason.improving':
    'En progrès\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit une amélioration nette de {gain}\u00a0; aucun objectif n’est fixé, faute de connaître le nombre d’États concernés.',
  'status.projection.share':
    'À ce rythme, environ {value} sur {N} {unit} d’ici à la {deadlineCycle} (objectif\u00a0: {needed}).',
  'status.projection.count_target':
    'À ce rythme, environ {value} {unit} d’ici à la {deadlineCycle} (objectif\u00a0: {needed}).',
  'status.projection.count': 'À ce rythme, environ {value} {unit} d’ici à la {deadlineCycle}.',
  'status.note.inferred':
    'Le cycle de certains chiffres a été déduit ({inferredCycles})\u00a0: le document les donne pour la période d’examen sans préciser l’Assemblée.',
  'status.bound.at_least': 'au moins {value}',
  'status.bound.at_most': 'au plus {value}',
  'status.bound.between': 'entre {lo} et {hi}',
  'status.bound.range': '{lo} à {hi}',
  'status.list.pair': '{a} et {b}',
  'status.list.comma': '{a}, {b}',
  'status.label.declining': 'en recul',
  'status.label.stalled': 'au point mort',
  'status.label.off_track': 'trop lent',
  'status.label.needs_acceleration': 'à accélérer',
  'status.label.improving': 'en progrès',
  'status.label.on_track': 'en bonne voie',
  'status.label.achieved': 'atteint',
  'status.label.insufficient_data': 'données insuffisantes',
} as const satisfies ReasonTemplateMap;

const es = {
  'status.reason.insufficient_none':
    'Datos insuficientes: todavía no se ha comunicado ninguna cifra de un ciclo concreto, por lo que no puede evaluarse ninguna tendencia; las cifras de dos ciclos permitirían determinarla.',
  'status.reason.insufficient_period':
    'Datos insuficientes: el documento da cifras para el período en su conjunto, no para cada ciclo, por lo que no puede evaluarse ninguna tendencia; las cifras de dos ciclos permitirían determinarla.',
  'status.reason.insufficient_one_share':
    'Datos insuficientes: por ahora solo hay una cifra utilizable ({nk} de {N} {unit}, el {pctK}\u00a0%, en la {latestCycle}), y para determinar una tendencia se necesitan al menos {minPoints}; una cifra de otro ciclo permitiría determinarla.',
  'status.reason.insufficient_one_count':
    'Datos insuficientes: por ahora solo hay una cifra utilizable ({nk} {unit} en la {latestCycle}), y para determinar una tendencia se necesitan al menos {minPoints}; una cifra de otro ciclo permitiría determinarla.',
  'status.reason.insufficient_few_share':
    'Datos insuficientes: por ahora solo hay {usablePoints} cifras utilizables, la más reciente de {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, y para determinar una tendencia se necesitan al menos {minPoints}; las cifras de otros ciclos permitirían determinarla.',
  'status.reason.insufficient_few_count':
    'Datos insuficientes: por ahora solo hay {usablePoints} cifras utilizables, la más reciente de {nk} {unit} en la {latestCycle}, y para determinar una tendencia se necesitan al menos {minPoints}; las cifras de otros ciclos permitirían determinarla.',
  'status.reason.insufficient_range':
    'Datos insuficientes: las cifras admiten cualquier estado entre «{from}» y «{to}»; una cifra para la {cycles} permitiría determinarlo.',
  'status.reason.insufficient_range_several':
    'Datos insuficientes: las cifras admiten cualquier estado entre «{from}» y «{to}»; unas cifras para los ciclos {cycles} permitirían determinarlo.',
  'status.reason.insufficient_either':
    'Datos insuficientes: según las cifras exactas, el estado sería «{from}» o «{to}»; una cifra para la {cycles} permitiría determinarlo.',
  'status.reason.insufficient_either_several':
    'Datos insuficientes: según las cifras exactas, el estado sería «{from}» o «{to}»; unas cifras para los ciclos {cycles} permitirían determinarlo.',
  'status.reason.achieved':
    'Alcanzado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, con lo que se cumple la meta del {targetPct}\u00a0% fijada para la {deadlineCycle}.',
  'status.reason.achieved_count':
    'Alcanzado: {nk} {unit} en la {latestCycle}, con lo que se cumple la meta de que no quede ninguno de aquí a la {deadlineCycle}.',
  'status.reason.declining_share':
    'En retroceso: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, lo que supone alejarse {lossPts} puntos porcentuales de la meta del {targetPct}\u00a0%.',
  'status.reason.declining_share_changed_population':
    'En retroceso: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, lo que supone alejarse {lossPts} puntos porcentuales de la meta del {targetPct}\u00a0%.',
  'status.reason.declining_count':
    'En retroceso: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una variación de {loss} en la dirección equivocada.',
  'status.reason.stalled_recent_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, sin avanzar ni siquiera una unidad en los dos últimos ciclos; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_up_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, por encima de los {n0} de la {baselineCycle}, pero sin avanzar ni siquiera una unidad en los dos últimos ciclos; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_down_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, por debajo de los {n0} de la {baselineCycle}, y sin avanzar ni siquiera una unidad en los dos últimos ciclos; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_same_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, igual que en la {c1} y la {c2}; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_same_up_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, igual que en la {c1} y la {c2}, por encima de los {n0} de la {baselineCycle}; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_same_down_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, igual que en la {c1} y la {c2}, por debajo de los {n0} de la {baselineCycle}; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_count':
    'Estancado: {nk} {unit} en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, sin avanzar ni siquiera una unidad en los dos últimos ciclos.',
  'status.reason.stalled_recent_up_count':
    'Estancado: {nk} {unit} en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, por encima de los {n0} de la {baselineCycle}, pero sin avanzar ni siquiera una unidad en los dos últimos ciclos.',
  'status.reason.stalled_recent_down_count':
    'Estancado: {nk} {unit} en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, por debajo de los {n0} de la {baselineCycle}, y sin avanzar ni siquiera una unidad en los dos últimos ciclos.',
  'status.reason.stalled_recent_same_count':
    'Estancado: {nk} {unit} en la {latestCycle}, igual que en la {c1} y la {c2}.',
  'status.reason.stalled_recent_same_up_count':
    'Estancado: {nk} {unit} en la {latestCycle}, igual que en la {c1} y la {c2}, por encima de los {n0} de la {baselineCycle}.',
  'status.reason.stalled_recent_same_down_count':
    'Estancado: {nk} {unit} en la {latestCycle}, igual que en la {c1} y la {c2}, por debajo de los {n0} de la {baselineCycle}.',
  'status.reason.stalled_past_deadline':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, por debajo de la meta del {targetPct}\u00a0%, sin ninguna cifra anterior a la {deadlineCycle} a partir de la cual medir un ritmo; aún queda una diferencia de {remaining}.',
  'status.reason.stalled_past_deadline_count':
    'Estancado: {nk} {unit} en la {latestCycle}, cuando la meta es que no quede ninguno, sin ninguna cifra anterior a la {deadlineCycle} a partir de la cual medir un ritmo.',
  'status.reason.stalled_slipped':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, por debajo de la meta del {targetPct}\u00a0%, que ya se había alcanzado en la {baselineCycle}; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_slipped_count':
    'Estancado: {nk} {unit} en la {latestCycle}, cuando la meta de que no quedara ninguno ya se había alcanzado en la {baselineCycle}.',
  'status.reason.stalled_no_gain_share':
    'Estancado: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, sin un avance neto ni siquiera de una unidad; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_no_gain_share_changed_population':
    'Estancado: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, una proporción que no ha crecido ni siquiera en una unidad; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_no_gain_count_target':
    'Estancado: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, sin una reducción neta ni siquiera de una unidad hacia la meta de que no quede ninguno de aquí a la {deadlineCycle}.',
  'status.reason.stalled_no_target':
    'Estancado: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una mejora neta inferior a una unidad; no hay meta porque se desconoce el número de Estados en cuestión.',
  'status.reason.off_track':
    'Demasiado lento para la {deadlineCycle}: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, en la buena dirección, pero a un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% a tiempo, por debajo del umbral de {stalledBelow}.',
  'status.reason.off_track_changed_population':
    'Demasiado lento para la {deadlineCycle}: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, en la buena dirección, pero a un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% a tiempo, por debajo del umbral de {stalledBelow}.',
  'status.reason.off_track_count_target':
    'Demasiado lento para la {deadlineCycle}: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, en la buena dirección, pero a un ritmo de {ratio} veces el necesario ({rObsCount} frente a {rReqCount} menos por ciclo) para que no quede ninguno a tiempo, por debajo del umbral de {stalledBelow}.',
  'status.reason.needs_acceleration':
    'Requiere aceleración: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'Requiere aceleración: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.needs_acceleration_count_target':
    'Requiere aceleración: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsCount} frente a {rReqCount} menos por ciclo) para que no quede ninguno de aquí a la {deadlineCycle}.',
  'status.reason.on_track':
    'En buen camino: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'En buen camino: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.on_track_count_target':
    'En buen camino: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsCount} frente a {rReqCount} menos por ciclo) para que no quede ninguno de aquí a la {deadlineCycle}.',
  'status.reason.improving':
    'Mejorando: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una mejora neta de {gain}; no hay meta porque se desconoce el número de Estados en cuestión.',
  'status.projection.share':
    'A este ritmo, unos {value} de {N} {unit} de aquí a la {deadlineCycle} (meta: {needed}).',
  'status.projection.count_target': 'A este ritmo, unos {value} {unit} de aquí a la {deadlineCycle} (meta: {needed}).',
  'status.projection.count': 'A este ritmo, unos {value} {unit} de aquí a la {deadlineCycle}.',
  'status.note.inferred':
    'Los ciclos de algunas cifras se han deducido ({inferredCycles}): el documento las da para el período de examen sin indicar la reunión.',
  'status.bound.at_least': 'al menos {value}',
  'status.bound.at_most': 'como máximo {value}',
  'status.bound.between': 'entre {lo} y {hi}',
  'status.bound.range': '{lo} a {hi}',
  'status.list.pair': '{a} y {b}',
  'status.list.comma': '{a}, {b}',
  'status.label.declining': 'en retroceso',
  'status.label.stalled': 'estancado',
  'status.label.off_track': 'demasiado lento',
  'status.label.needs_acceleration': 'requiere aceleración',
  'status.label.improving': 'mejorando',
  'status.label.on_track': 'en buen camino',
  'status.label.achieved': 'alcanzado',
  'status.label.insufficient_data': 'datos insuficientes',
} as const satisfies ReasonTemplateMap;

const ar = {
  'status.reason.insufficient_none':
    'بيانات غير كافية: لم يُبلَّغ بعدُ عن أي رقم لدورة بعينها، ولذلك لا يمكن تقييم أي اتجاه؛ ومن شأن أرقام دورتين أن تحسم ذلك.',
  'status.reason.insufficient_period':
    'بيانات غير كافية: تورد الوثيقة أرقامًا للفترة ككل لا لكل دورة، ولذلك لا يمكن تقييم أي اتجاه؛ ومن شأن أرقام دورتين أن تحسم ذلك.',
  'status.reason.insufficient_one_share':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى رقم واحد قابل للاستخدام ({nk} من أصل {N} من {unit}، أي {pctK}%، في {latestCycle})، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام؛ ومن شأن رقم لدورة أخرى أن يحسم ذلك.',
  'status.reason.insufficient_one_count':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى رقم واحد قابل للاستخدام ({nk} من {unit} في {latestCycle})، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام؛ ومن شأن رقم لدورة أخرى أن يحسم ذلك.',
  'status.reason.insufficient_few_share':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى {usablePoints} من الأرقام القابلة للاستخدام، أحدثها {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام؛ ومن شأن أرقام لدورات أخرى أن تحسم ذلك.',
  'status.reason.insufficient_few_count':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى {usablePoints} من الأرقام القابلة للاستخدام، أحدثها {nk} من {unit} في {latestCycle}، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام؛ ومن شأن أرقام لدورات أخرى أن تحسم ذلك.',
  'status.reason.insufficient_range':
    'بيانات غير كافية: تسمح الأرقام بأي حالة تتراوح بين «{from}» و«{to}»؛ ومن شأن رقم عن {cycles} أن يحسم الأمر.',
  'status.reason.insufficient_range_several':
    'بيانات غير كافية: تسمح الأرقام بأي حالة تتراوح بين «{from}» و«{to}»؛ ومن شأن أرقام عن {cycles} أن تحسم الأمر.',
  'status.reason.insufficient_either':
    'بيانات غير كافية: تسمح الأرقام إما بحالة «{from}» أو بحالة «{to}»؛ ومن شأن رقم عن {cycles} أن يحسم الأمر.',
  'status.reason.insufficient_either_several':
    'بيانات غير كافية: تسمح الأرقام إما بحالة «{from}» أو بحالة «{to}»؛ ومن شأن أرقام عن {cycles} أن تحسم الأمر.',
  'status.reason.achieved':
    'متحقق: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، وبذلك يتحقق الهدف البالغ {targetPct}% والمقرر بلوغه بحلول {deadlineCycle}.',
  'status.reason.achieved_count':
    'متحقق: {nk} من {unit} في {latestCycle}، وبذلك يتحقق الهدف المتمثل في ألا يتبقى أي منها بحلول {deadlineCycle}.',
  'status.reason.declining_share':
    'في تراجع: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي ابتعاد بمقدار {lossPts} نقطة مئوية عن الهدف البالغ {targetPct}%.',
  'status.reason.declining_share_changed_population':
    'في تراجع: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي ابتعاد بمقدار {lossPts} نقطة مئوية عن الهدف البالغ {targetPct}%.',
  'status.reason.declining_count':
    'في تراجع: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تغير بمقدار {loss} في الاتجاه الخاطئ.',
  'status.reason.stalled_recent_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_up_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، بارتفاع عن {n0} في {baselineCycle} ولكن دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_down_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، بانخفاض عن {n0} في {baselineCycle} ودون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_same_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، وهو العدد نفسه في {c1} و{c2}؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_same_up_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، وهو العدد نفسه في {c1} و{c2}، بارتفاع عن {n0} في {baselineCycle}؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_same_down_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، وهو العدد نفسه في {c1} و{c2}، بانخفاض عن {n0} في {baselineCycle}؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'متعثر: {nk} من {unit} في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين.',
  'status.reason.stalled_recent_up_count':
    'متعثر: {nk} من {unit} في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، بارتفاع عن {n0} في {baselineCycle} ولكن دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين.',
  'status.reason.stalled_recent_down_count':
    'متعثر: {nk} من {unit} في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، بانخفاض عن {n0} في {baselineCycle} ودون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين.',
  'status.reason.stalled_recent_same_count':
    'متعثر: {nk} من {unit} في {latestCycle}، وهو العدد نفسه في {c1} و{c2}.',
  'status.reason.stalled_recent_same_up_count':
    'متعثر: {nk} من {unit} في {latestCycle}، وهو العدد نفسه في {c1} و{c2}، بارتفاع عن {n0} في {baselineCycle}.',
  'status.reason.stalled_recent_same_down_count':
    'متعثر: {nk} من {unit} في {latestCycle}، وهو العدد نفسه في {c1} و{c2}، بانخفاض عن {n0} في {baselineCycle}.',
  'status.reason.stalled_past_deadline':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي دون الهدف البالغ {targetPct}%، ولا يوجد رقم سابق لـ{deadlineCycle} يمكن قياس الوتيرة انطلاقًا منه؛ ولا يزال يتعين سد فجوة قدرها {remaining}.',
  'status.reason.stalled_past_deadline_count':
    'متعثر: {nk} من {unit} في {latestCycle}، في حين أن الهدف هو ألا يتبقى أي منها، ولا يوجد رقم سابق لـ{deadlineCycle} يمكن قياس الوتيرة انطلاقًا منه.',
  'status.reason.stalled_slipped':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي دون الهدف البالغ {targetPct}% الذي سبق تحقيقه في {baselineCycle}؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_slipped_count':
    'متعثر: {nk} من {unit} في {latestCycle}، رغم أن الهدف المتمثل في ألا يتبقى أي منها كان قد تحقق في {baselineCycle}.',
  'status.reason.stalled_no_gain_share':
    'متعثر: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، دون أي زيادة صافية ولو بمقدار واحد؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_no_gain_share_changed_population':
    'متعثر: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي نسبة لم تزد ولو بمقدار واحد؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_no_gain_count_target':
    'متعثر: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، دون أي انخفاض صافٍ ولو بمقدار واحد نحو الهدف المتمثل في ألا يتبقى أي منها بحلول {deadlineCycle}.',
  'status.reason.stalled_no_target':
    'متعثر: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تحسن صافٍ يقل عن واحد؛ ولا يوجد هدف لأن عدد الدول المعنية غير معروف.',
  'status.reason.off_track':
    'أبطأ من اللازم لبلوغ الهدف بحلول {deadlineCycle}: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، في الاتجاه الصحيح ولكن بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% في الوقت المحدد، وهي دون العتبة البالغة {stalledBelow}.',
  'status.reason.off_track_changed_population':
    'أبطأ من اللازم لبلوغ الهدف بحلول {deadlineCycle}: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، في الاتجاه الصحيح ولكن بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% في الوقت المحدد، وهي دون العتبة البالغة {stalledBelow}.',
  'status.reason.off_track_count_target':
    'أبطأ من اللازم لبلوغ الهدف بحلول {deadlineCycle}: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، في الاتجاه الصحيح ولكن بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsCount} مقابل {rReqCount} أقل في كل دورة) كي لا يتبقى أي منها في الوقت المحدد، وهي دون العتبة البالغة {stalledBelow}.',
  'status.reason.needs_acceleration':
    'يحتاج إلى تسريع: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'يحتاج إلى تسريع: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.needs_acceleration_count_target':
    'يحتاج إلى تسريع: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsCount} مقابل {rReqCount} أقل في كل دورة) كي لا يتبقى أي منها بحلول {deadlineCycle}.',
  'status.reason.on_track':
    'على المسار الصحيح: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'على المسار الصحيح: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.on_track_count_target':
    'على المسار الصحيح: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsCount} مقابل {rReqCount} أقل في كل دورة) كي لا يتبقى أي منها بحلول {deadlineCycle}.',
  'status.reason.improving':
    'في تحسن: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تحسن صافٍ قدره {gain}؛ ولا يوجد هدف لأن عدد الدول المعنية غير معروف.',
  'status.projection.share':
    'بهذه الوتيرة، سيبلغ العدد نحو {value} من أصل {N} من {unit} بحلول {deadlineCycle} (المطلوب: {needed}).',
  'status.projection.count_target':
    'بهذه الوتيرة، سيبلغ العدد نحو {value} من {unit} بحلول {deadlineCycle} (المطلوب: {needed}).',
  'status.projection.count': 'بهذه الوتيرة، سيبلغ العدد نحو {value} من {unit} بحلول {deadlineCycle}.',
  'status.note.inferred':
    'استُنتجت دورات بعض الأرقام ({inferredCycles}): إذ تذكرها الوثيقة لفترة الاستعراض دون تسمية الاجتماع.',
  'status.bound.at_least': 'ما لا يقل عن {value}',
  'status.bound.at_most': 'ما لا يزيد على {value}',
  'status.bound.between': 'ما بين {lo} و{hi}',
  'status.bound.range': 'من {lo} إلى {hi}',
  'status.list.pair': '{a} و{b}',
  'status.list.comma': '{a}، {b}',
  'status.label.declining': 'في تراجع',
  'status.label.stalled': 'متعثر',
  'status.label.off_track': 'أبطأ من اللازم',
  'status.label.needs_acceleration': 'يحتاج إلى تسريع',
  'status.label.improving': 'في تحسن',
  'status.label.on_track': 'على المسار الصحيح',
  'status.label.achieved': 'متحقق',
  'status.label.insufficient_data': 'بيانات غير كافية',
} as const satisfies ReasonTemplateMap;

export const REASON_TEMPLATES_BY_LANG = {
  en: REASON_TEMPLATES,
  fr,
  es,
  ar,
} as const satisfies Record<Language, ReasonTemplateMap>;

/** The status names used inside sentences ("anything from stalled to on track"), per language. */
export const STATUS_LABELS_BY_LANG = Object.fromEntries(
  Object.entries(REASON_TEMPLATES_BY_LANG).map(([lang, templates]) => [
    lang,
    Object.fromEntries(STATUS_CODES.map((code) => [code, templates[`status.label.${code}`]])),
  ]),
) as Record<Language, Record<StatusCode, string>>;
