// The status-reason sentences in the Convention's four languages (Arabic, English, French, Spanish).
// Same keys and the same {placeholders} as the English REASON_TEMPLATES: the classifier hands back exactly the params the
// English sentence uses (reasonParams), so a translation may rely on those and no others.
// Render with formatReason(key, params, REASON_TEMPLATES_BY_LANG[lang]).
//
// Conventions:
// - Terminology follows the Convention's official versions: États parties / Estados Partes / الدول الأطراف, etc.
// - Cycle codes (10MSP, 13MSP, 3RC) stay as codes. In French and Spanish they take the feminine article, as the
//   meetings they name do (l'Assemblée / la Conferencia): « lors de la 13MSP », « d’ici à la 3RC », « en la 13MSP ».
// - French: non-breaking space (\u00a0) before « : ; ? ! % » and inside « » guillemets; typographic apostrophe (’).
// - Spanish: non-breaking space before % (« el 40 % »), as in current RAE and United Nations usage.
// - Arabic: Western digits as supplied by the code, % without a space, Arabic comma (،) and semicolon (؛).
// - {unit} is filled by the caller (default 'States Parties'): pass it already translated for a non-English sentence.
//   Arabic sentences put it after « من » ({nk} من أصل {N} من {unit}), which reads correctly with a definite plural
//   such as « الدول الأطراف ».
import { REASON_TEMPLATES } from '../domain/classify.ts';

type ReasonTemplateMap = Record<keyof typeof REASON_TEMPLATES, string>;

const fr = {
  'status.reason.insufficient_none':
    'Données insuffisantes\u00a0: aucun chiffre exploitable n’a encore été communiqué, de sorte qu’aucune tendance ne peut être évaluée.',
  'status.reason.insufficient_one_share':
    'Données insuffisantes\u00a0: un seul chiffre exploitable à ce jour ({nk} sur {N} {unit}, soit {pctK}\u00a0%, lors de la {latestCycle}), alors qu’il en faut au moins {minPoints} pour dégager une tendance.',
  'status.reason.insufficient_one_count':
    'Données insuffisantes\u00a0: un seul chiffre exploitable à ce jour ({nk} {unit} lors de la {latestCycle}), alors qu’il en faut au moins {minPoints} pour dégager une tendance.',
  'status.reason.insufficient_few_share':
    'Données insuffisantes\u00a0: seulement {usablePoints} chiffres exploitables à ce jour, le plus récent étant de {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, alors qu’il en faut au moins {minPoints} pour dégager une tendance.',
  'status.reason.insufficient_few_count':
    'Données insuffisantes\u00a0: seulement {usablePoints} chiffres exploitables à ce jour, le plus récent étant de {nk} {unit} lors de la {latestCycle}, alors qu’il en faut au moins {minPoints} pour dégager une tendance.',
  'status.reason.achieved':
    'Atteint\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}\u00a0; l’objectif de {targetPct}\u00a0% fixé pour la {deadlineCycle} est donc atteint.',
  'status.reason.declining_share':
    'En recul\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un éloignement de {lossPts} points de pourcentage par rapport à l’objectif de {targetPct}\u00a0%.',
  'status.reason.declining_share_changed_population':
    'En recul\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un éloignement de {lossPts} points de pourcentage par rapport à l’objectif de {targetPct}\u00a0%.',
  'status.reason.declining_count':
    'En recul\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit un écart de {loss} dans le mauvais sens.',
  'status.reason.stalled_recent_share':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'Au point mort\u00a0: {nk} {unit} lors de la {latestCycle}, après {v1} lors de la {c1} et {v2} lors de la {c2}, sans la moindre progression, ne serait-ce que d’une unité, au cours des deux derniers cycles.',
  'status.reason.stalled_pace':
    'Au point mort\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}, en deçà du seuil de {stalledBelow}.',
  'status.reason.stalled_pace_changed_population':
    'Au point mort\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}, en deçà du seuil de {stalledBelow}.',
  'status.reason.stalled_slipped':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, en deçà de l’objectif de {targetPct}\u00a0% pourtant déjà atteint lors de la {baselineCycle}\u00a0; il reste un écart de {remaining} à combler d’ici à la {deadlineCycle}.',
  'status.reason.stalled_past_deadline':
    'Au point mort\u00a0: {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, en deçà de l’objectif de {targetPct}\u00a0%, sans chiffre antérieur à la {deadlineCycle} qui permette de mesurer un rythme\u00a0; il reste un écart de {remaining} à combler.',
  'status.reason.stalled_no_target':
    'Au point mort\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit une amélioration nette inférieure à une unité\u00a0; aucun objectif n’est fixé, faute de connaître le nombre d’États concernés.',
  'status.reason.needs_acceleration':
    'À accélérer\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'À accélérer\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.on_track':
    'En bonne voie\u00a0: de {n0} à {nk} sur {N} {unit} (de {pct0}\u00a0% à {pctK}\u00a0%) entre la {baselineCycle} et la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'En bonne voie\u00a0: de {n0} sur {N0} ({pct0}\u00a0%) lors de la {baselineCycle} à {nk} sur {N} {unit} ({pctK}\u00a0%) lors de la {latestCycle}, soit un rythme égal à {ratio} fois le rythme nécessaire ({rObsPts} contre {rReqPts} points de pourcentage par cycle) pour atteindre {targetPct}\u00a0% d’ici à la {deadlineCycle}.',
  'status.reason.improving':
    'En progrès\u00a0: de {n0} à {nk} {unit} entre la {baselineCycle} et la {latestCycle}, soit une amélioration nette de {gain}\u00a0; aucun objectif n’est fixé, faute de connaître le nombre d’États concernés.',
} as const satisfies ReasonTemplateMap;

const es = {
  'status.reason.insufficient_none':
    'Datos insuficientes: todavía no se ha comunicado ninguna cifra utilizable, por lo que no puede evaluarse ninguna tendencia.',
  'status.reason.insufficient_one_share':
    'Datos insuficientes: por ahora solo hay una cifra utilizable ({nk} de {N} {unit}, el {pctK}\u00a0%, en la {latestCycle}), y para determinar una tendencia se necesitan al menos {minPoints}.',
  'status.reason.insufficient_one_count':
    'Datos insuficientes: por ahora solo hay una cifra utilizable ({nk} {unit} en la {latestCycle}), y para determinar una tendencia se necesitan al menos {minPoints}.',
  'status.reason.insufficient_few_share':
    'Datos insuficientes: por ahora solo hay {usablePoints} cifras utilizables, la más reciente de {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, y para determinar una tendencia se necesitan al menos {minPoints}.',
  'status.reason.insufficient_few_count':
    'Datos insuficientes: por ahora solo hay {usablePoints} cifras utilizables, la más reciente de {nk} {unit} en la {latestCycle}, y para determinar una tendencia se necesitan al menos {minPoints}.',
  'status.reason.achieved':
    'Alcanzado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, con lo que se cumple la meta del {targetPct}\u00a0% fijada para la {deadlineCycle}.',
  'status.reason.declining_share':
    'En retroceso: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, lo que supone alejarse {lossPts} puntos porcentuales de la meta del {targetPct}\u00a0%.',
  'status.reason.declining_share_changed_population':
    'En retroceso: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, lo que supone alejarse {lossPts} puntos porcentuales de la meta del {targetPct}\u00a0%.',
  'status.reason.declining_count':
    'En retroceso: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una variación de {loss} en la dirección equivocada.',
  'status.reason.stalled_recent_share':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, sin avanzar ni siquiera una unidad en los dos últimos ciclos; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_recent_count':
    'Estancado: {nk} {unit} en la {latestCycle}, tras {v1} en la {c1} y {v2} en la {c2}, sin avanzar ni siquiera una unidad en los dos últimos ciclos.',
  'status.reason.stalled_pace':
    'Estancado: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}, por debajo del umbral de {stalledBelow}.',
  'status.reason.stalled_pace_changed_population':
    'Estancado: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}, por debajo del umbral de {stalledBelow}.',
  'status.reason.stalled_slipped':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, por debajo de la meta del {targetPct}\u00a0%, que ya se había alcanzado en la {baselineCycle}; de aquí a la {deadlineCycle} aún queda una diferencia de {remaining}.',
  'status.reason.stalled_past_deadline':
    'Estancado: {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, por debajo de la meta del {targetPct}\u00a0%, sin ninguna cifra anterior a la {deadlineCycle} a partir de la cual medir un ritmo; aún queda una diferencia de {remaining}.',
  'status.reason.stalled_no_target':
    'Estancado: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una mejora neta inferior a una unidad; no hay meta porque se desconoce el número de Estados en cuestión.',
  'status.reason.needs_acceleration':
    'Requiere aceleración: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'Requiere aceleración: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.on_track':
    'En buen camino: de {n0} a {nk} de {N} {unit} (del {pct0}\u00a0% al {pctK}\u00a0%) entre la {baselineCycle} y la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'En buen camino: de {n0} de {N0} (el {pct0}\u00a0%) en la {baselineCycle} a {nk} de {N} {unit} (el {pctK}\u00a0%) en la {latestCycle}, un ritmo de {ratio} veces el necesario ({rObsPts} frente a {rReqPts} puntos porcentuales por ciclo) para alcanzar el {targetPct}\u00a0% de aquí a la {deadlineCycle}.',
  'status.reason.improving':
    'Mejorando: de {n0} a {nk} {unit} entre la {baselineCycle} y la {latestCycle}, una mejora neta de {gain}; no hay meta porque se desconoce el número de Estados en cuestión.',
} as const satisfies ReasonTemplateMap;

const ar = {
  'status.reason.insufficient_none':
    'بيانات غير كافية: لم يُبلَّغ بعدُ عن أي رقم قابل للاستخدام، ولذلك لا يمكن تقييم أي اتجاه.',
  'status.reason.insufficient_one_share':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى رقم واحد قابل للاستخدام ({nk} من أصل {N} من {unit}، أي {pctK}%، في {latestCycle})، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام.',
  'status.reason.insufficient_one_count':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى رقم واحد قابل للاستخدام ({nk} من {unit} في {latestCycle})، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام.',
  'status.reason.insufficient_few_share':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى {usablePoints} من الأرقام القابلة للاستخدام، أحدثها {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام.',
  'status.reason.insufficient_few_count':
    'بيانات غير كافية: لا يتوفر حتى الآن سوى {usablePoints} من الأرقام القابلة للاستخدام، أحدثها {nk} من {unit} في {latestCycle}، في حين يتطلب تحديد الاتجاه ما لا يقل عن {minPoints} من الأرقام.',
  'status.reason.achieved':
    'متحقق: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، وبذلك يتحقق الهدف البالغ {targetPct}% والمقرر بلوغه بحلول {deadlineCycle}.',
  'status.reason.declining_share':
    'في تراجع: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي ابتعاد بمقدار {lossPts} نقطة مئوية عن الهدف البالغ {targetPct}%.',
  'status.reason.declining_share_changed_population':
    'في تراجع: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي ابتعاد بمقدار {lossPts} نقطة مئوية عن الهدف البالغ {targetPct}%.',
  'status.reason.declining_count':
    'في تراجع: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تغير بمقدار {loss} في الاتجاه الخاطئ.',
  'status.reason.stalled_recent_share':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_recent_count':
    'متعثر: {nk} من {unit} في {latestCycle}، بعد {v1} في {c1} و{v2} في {c2}، دون أي زيادة ولو بمقدار واحد في الدورتين الأخيرتين.',
  'status.reason.stalled_pace':
    'متعثر: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}، وهي دون العتبة البالغة {stalledBelow}.',
  'status.reason.stalled_pace_changed_population':
    'متعثر: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}، وهي دون العتبة البالغة {stalledBelow}.',
  'status.reason.stalled_slipped':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي دون الهدف البالغ {targetPct}% الذي سبق تحقيقه في {baselineCycle}؛ ولا يزال يتعين سد فجوة قدرها {remaining} بحلول {deadlineCycle}.',
  'status.reason.stalled_past_deadline':
    'متعثر: {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي دون الهدف البالغ {targetPct}%، ولا يوجد رقم سابق لـ{deadlineCycle} يمكن قياس الوتيرة انطلاقًا منه؛ ولا يزال يتعين سد فجوة قدرها {remaining}.',
  'status.reason.stalled_no_target':
    'متعثر: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تحسن صافٍ يقل عن واحد؛ ولا يوجد هدف لأن عدد الدول المعنية غير معروف.',
  'status.reason.needs_acceleration':
    'يحتاج إلى تسريع: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.needs_acceleration_changed_population':
    'يحتاج إلى تسريع: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.on_track':
    'على المسار الصحيح: من {n0} إلى {nk} من أصل {N} من {unit} (من {pct0}% إلى {pctK}%) بين {baselineCycle} و{latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.on_track_changed_population':
    'على المسار الصحيح: من {n0} من أصل {N0} ({pct0}%) في {baselineCycle} إلى {nk} من أصل {N} من {unit} ({pctK}%) في {latestCycle}، أي بوتيرة تعادل {ratio} مرة الوتيرة اللازمة ({rObsPts} مقابل {rReqPts} نقطة مئوية في كل دورة) لبلوغ {targetPct}% بحلول {deadlineCycle}.',
  'status.reason.improving':
    'في تحسن: من {n0} إلى {nk} من {unit} بين {baselineCycle} و{latestCycle}، أي تحسن صافٍ قدره {gain}؛ ولا يوجد هدف لأن عدد الدول المعنية غير معروف.',
} as const satisfies ReasonTemplateMap;

export const REASON_TEMPLATES_BY_LANG = {
  en: REASON_TEMPLATES,
  fr,
  es,
  ar,
} as const satisfies Record<'en' | 'fr' | 'es' | 'ar', ReasonTemplateMap>;
