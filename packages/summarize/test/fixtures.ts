/** Short news articles written for these tests (not taken from any corpus). */

/** A headline, a blank line, then five paragraphs of body text. */
export const rainArticle = [
  "أمطار غزيرة تغلق طرقا في المدينة",
  "",
  "أغلقت السلطات المحلية عدة طرق رئيسية في المدينة صباح الثلاثاء بعد أمطار غزيرة استمرت طوال الليل وتسببت في تجمع المياه في الأحياء المنخفضة.",
  "",
  "وقال مدير الدفاع المدني إن فرق الإنقاذ تعاملت مع أكثر من مئة بلاغ خلال ساعات الليل، ولم تسجل أي إصابات بين السكان. وأضاف أن الفرق ما زالت تعمل على سحب المياه من الشوارع.",
  "",
  "وأعلنت وزارة التعليم تعليق الدراسة في مدارس المدينة يوم الأربعاء حرصا على سلامة الطلاب والمعلمين.",
  "",
  "ويتوقع المركز الوطني للأرصاد استمرار هطول الأمطار على المناطق الشمالية حتى نهاية الأسبوع، مع رياح نشطة تثير الغبار في المناطق المفتوحة.",
  "",
  "ودعت السلطات السكان إلى تجنب الأودية ومجاري السيول وعدم المجازفة بعبور الطرق المغمورة بالمياه.",
].join("\n")

/** A second report of the same event, from another source (shares the main fact with rainArticle). */
export const rainArticle2 = [
  "أغلقت السلطات المحلية عدة طرق رئيسية في المدينة صباح الثلاثاء بعد أمطار غزيرة استمرت طوال الليل.",
  "",
  "وذكر شهود عيان أن عشرات السيارات علقت في المياه قرب الجسر الشمالي، وأن فرق الإنقاذ استخدمت القوارب لإخراج السائقين.",
  "",
  "وقدرت البلدية الأضرار الأولية بملايين الريالات، وقالت إنها ستعوض أصحاب المحال المتضررة.",
].join("\n")

/** An article with a subheading paragraph, a repeated sentence, a caption, and a quote-only line. */
export const paragraphs = [
  { kind: "body", text: "افتتح وزير الصحة مستشفى جديدا في شمال البلاد بسعة ثلاثمئة سرير لخدمة سكان المنطقة." },
  { kind: "subheading", text: "تفاصيل المشروع الكبير وخطط التوسع المستقبلية في المنطقة الشمالية" },
  { kind: "body", text: "ويضم المستشفى أقساما للطوارئ والجراحة وطب الأطفال، إضافة إلى مركز متخصص لعلاج أمراض القلب." },
  { kind: "body", text: "افتتح وزير الصحة مستشفى جديدا في شمال البلاد بسعة ثلاثمئة سرير لخدمة سكان المنطقة." },
  { kind: "body", text: "صورة: الوزير خلال جولته في أقسام المستشفى الجديد صباح اليوم" },
  { kind: "body", text: "«هذا المستشفى هدية لأهالي الشمال الذين انتظروه طويلا»" },
  { kind: "body", text: "وأوضح الوزير أن المشروع كلف أربعمئة مليون ريال، وأن العمل بدأ فيه قبل ثلاث سنوات بمشاركة شركات محلية." },
  { kind: "body", text: "ومن المتوقع أن يبدأ المستشفى استقبال المرضى بشكل كامل مطلع الشهر المقبل بعد اكتمال تجهيز المختبرات." },
] as const

/** Joins paragraphs with blank lines and returns the text with each paragraph's offsets. */
export function withOffsets(paras: readonly { kind: "body" | "subheading"; text: string }[]): {
  text: string
  paragraphs: { start: number; end: number; kind: "body" | "subheading" }[]
} {
  let text = ""
  const out: { start: number; end: number; kind: "body" | "subheading" }[] = []
  for (const p of paras) {
    if (text.length > 0) text += "\n\n"
    out.push({ start: text.length, end: text.length + p.text.length, kind: p.kind })
    text += p.text
  }
  return { text, paragraphs: out }
}
