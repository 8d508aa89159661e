import Foundation

/// Every message the engine shows a member, in one place. English, Russian and Arabic (the demo's editions); any
/// other edition language falls back to English.
public enum Messages {
    public struct Catalog: Sendable {
        public let language: String
        let texts: [Rule: String]
        let profanityFormat: String   // %@ = the words
        let linksFormat: String       // %@ = the domains
        let floodOverRate: String
        var advertContact: String = ""

        public func text(for rule: Rule) -> String { texts[rule] ?? "" }
        var offTopic: String { text(for: .offTopic) }

        func profanity(_ words: [String]) -> String {
            profanityFormat.replacingOccurrences(of: "%@", with: words.map { "«\($0)»" }.joined(separator: ", "))
        }

        func links(_ domains: [String]) -> String {
            linksFormat.replacingOccurrences(of: "%@", with: domains.joined(separator: ", "))
        }

        func flood(overRate: Bool) -> String { overRate ? floodOverRate : text(for: .flood) }
    }

    public static let english = Catalog(language: "en", texts: [
        .offTopic: "Your comment seems unrelated to the article or the discussion. A moderator will review it.",
        .hate: "Your comment may promote hatred or discrimination against a group of people. A moderator will review it.",
        .minors: "Your comment may harm or sexualise minors. A moderator will review it.",
        .extremism: "Your comment may carry extremist ideas or call for illegal acts. A moderator will review it.",
        .insultThreat: "Your comment may insult or threaten someone. Please criticise ideas, not people. A moderator will review it.",
        .disrespectOutlet: "Your comment may insult the publication. Criticism is welcome when it is civil. A moderator will review it.",
        .personalData: "Your comment contains personal data (such as an e-mail address, phone number, card or document number, or street address). It was not published; please remove the data and post again.",
        .violence: "Your comment may describe violence or cruelty to animals. A moderator will review it.",
        .suicide: "Your comment may describe suicide methods or encourage suicide. A moderator will review it. If you are struggling, please reach out to someone you trust or a local helpline.",
        .commercialLinks: "Links to other websites are reviewed by a moderator before publication.",
        .promotion: "Your comment appears to promote a product or service. A moderator will review it.",
        .profanity: "Your comment contains obscene language: %@. Please rephrase it and post again.",
        .spam: "Your comment looks like spam (advertising, mass mailing or get-rich-quick offers) and was not published.",
        .narcotics: "Your comment may promote drugs or explain how to make or use them. A moderator will review it.",
        .malwareLinks: "Your comment links to a file or site that may carry malicious software and was not published.",
        .flashMob: "Many near-identical comments were posted from different accounts in a short time. A moderator will review them.",
        .flood: "You are posting many similar or very short messages in this discussion. A moderator will review them.",
        .trolling: "Your comment may be aggressive or humiliating towards others. A moderator will review it.",
        .caps: "Your comment is written mostly in capital letters. Please use normal capitalisation and post again; your text has been kept.",
        .noSentences: "Your comment is not broken into sentences. Please add punctuation and post again; your text has been kept.",
        .foreignLanguage: "Comments in this edition must be written in English. Please post in English; your text has been kept.",
    ], profanityFormat: "Your comment contains obscene language: %@. Please rephrase it and post again.",
       linksFormat: "Links to other websites (%@) are reviewed by a moderator before publication.",
       floodOverRate: "You are posting too many messages in this discussion in a short time. Please wait and post one considered comment.",
       advertContact: "Advertising with a number or address to contact the advertiser is reviewed by a moderator before publication.")

    public static let russian = Catalog(language: "ru", texts: [
        .offTopic: "Ваш комментарий, похоже, не относится к статье или обсуждению. Его проверит модератор.",
        .hate: "Ваш комментарий может разжигать ненависть или дискриминацию группы людей. Его проверит модератор.",
        .minors: "Ваш комментарий может причинять вред несовершеннолетним. Его проверит модератор.",
        .extremism: "Ваш комментарий может содержать экстремистские идеи или призывы к противоправным действиям. Его проверит модератор.",
        .insultThreat: "Ваш комментарий может оскорблять кого-то или содержать угрозы. Критикуйте мнения, а не людей. Его проверит модератор.",
        .disrespectOutlet: "Ваш комментарий может оскорблять издание. Мы рады вежливой критике. Его проверит модератор.",
        .personalData: "Ваш комментарий содержит персональные данные (адрес электронной почты, номер телефона, карты или документа, адрес проживания). Он не опубликован: удалите эти данные и отправьте снова.",
        .violence: "Ваш комментарий может описывать насилие или жестокое обращение с животными. Его проверит модератор.",
        .suicide: "Ваш комментарий может описывать способы самоубийства или подталкивать к нему. Его проверит модератор. Если вам тяжело, обратитесь к близким или на телефон доверия.",
        .commercialLinks: "Ссылки на другие сайты публикуются после проверки модератором.",
        .promotion: "Ваш комментарий похож на рекламу товара или услуги. Его проверит модератор.",
        .profanity: "Ваш комментарий содержит нецензурную лексику: %@. Перефразируйте его и отправьте снова.",
        .spam: "Ваш комментарий похож на спам (реклама, рассылка или обещания лёгкого заработка) и не опубликован.",
        .narcotics: "Ваш комментарий может пропагандировать наркотики или способы их изготовления и употребления. Его проверит модератор.",
        .malwareLinks: "Ваш комментарий содержит ссылку на файл или сайт, который может распространять вредоносные программы, и не опубликован.",
        .flashMob: "С разных аккаунтов за короткое время опубликовано много почти одинаковых комментариев. Их проверит модератор.",
        .flood: "Вы публикуете в этом обсуждении много похожих или очень коротких сообщений. Их проверит модератор.",
        .trolling: "Ваш комментарий может быть агрессивным или унижающим других. Его проверит модератор.",
        .caps: "Ваш комментарий написан в основном заглавными буквами. Пожалуйста, используйте обычный регистр и отправьте снова; текст сохранён.",
        .noSentences: "Ваш комментарий не разбит на предложения. Пожалуйста, расставьте знаки препинания и отправьте снова; текст сохранён.",
        .foreignLanguage: "Комментарии в этой редакции пишутся на русском языке. Пожалуйста, напишите по-русски; текст сохранён.",
    ], profanityFormat: "Ваш комментарий содержит нецензурную лексику: %@. Перефразируйте его и отправьте снова.",
       linksFormat: "Ссылки на другие сайты (%@) публикуются после проверки модератором.",
       floodOverRate: "Вы публикуете слишком много сообщений в этом обсуждении за короткое время. Подождите и напишите один обдуманный комментарий.",
       advertContact: "Реклама с номером или адресом для связи с рекламодателем публикуется после проверки модератором.")

    public static let arabic = Catalog(language: "ar", texts: [
        .offTopic: "يبدو أن تعليقك لا يتصل بالمقال أو بالنقاش. سيراجعه أحد المشرفين.",
        .hate: "قد يحرّض تعليقك على الكراهية أو التمييز ضد مجموعة من الناس. سيراجعه أحد المشرفين.",
        .minors: "قد يسيء تعليقك إلى القاصرين. سيراجعه أحد المشرفين.",
        .extremism: "قد يحمل تعليقك أفكارًا متطرفة أو دعوة إلى أفعال مخالفة للقانون. سيراجعه أحد المشرفين.",
        .insultThreat: "قد يتضمن تعليقك إهانة لشخص أو تهديدًا له. انتقد الأفكار لا الأشخاص. سيراجعه أحد المشرفين.",
        .disrespectOutlet: "قد يسيء تعليقك إلى المؤسسة. نرحب بالنقد المهذب. سيراجعه أحد المشرفين.",
        .personalData: "يحتوي تعليقك على بيانات شخصية (مثل بريد إلكتروني أو رقم هاتف أو رقم بطاقة أو وثيقة أو عنوان سكن). لم يُنشر؛ احذف هذه البيانات وأرسله مجددًا.",
        .violence: "قد يصف تعليقك عنفًا أو قسوة على الحيوانات. سيراجعه أحد المشرفين.",
        .suicide: "قد يصف تعليقك طرق الانتحار أو يشجع عليه. سيراجعه أحد المشرفين. إن كنت تمر بوقت صعب فتحدث إلى شخص تثق به أو إلى خط مساعدة محلي.",
        .commercialLinks: "تُنشر الروابط إلى مواقع أخرى بعد مراجعة أحد المشرفين.",
        .promotion: "يبدو أن تعليقك يروّج لمنتج أو خدمة. سيراجعه أحد المشرفين.",
        .profanity: "يحتوي تعليقك على ألفاظ بذيئة: %@. أعد صياغته وأرسله مجددًا.",
        .spam: "يبدو تعليقك رسالة مزعجة (إعلان أو رسالة جماعية أو وعود بربح سريع) ولم يُنشر.",
        .narcotics: "قد يروّج تعليقك للمخدرات أو يشرح طريقة صنعها أو تعاطيها. سيراجعه أحد المشرفين.",
        .malwareLinks: "يحتوي تعليقك على رابط لملف أو موقع قد يحمل برمجيات خبيثة، ولم يُنشر.",
        .flashMob: "نُشرت تعليقات كثيرة شبه متطابقة من حسابات مختلفة في وقت قصير. سيراجعها أحد المشرفين.",
        .flood: "تنشر رسائل كثيرة متشابهة أو قصيرة جدًا في هذا النقاش. سيراجعها أحد المشرفين.",
        .trolling: "قد يكون تعليقك عدوانيًا أو مهينًا للآخرين. سيراجعه أحد المشرفين.",
        .caps: "تعليقك مكتوب في معظمه بأحرف كبيرة. استخدم الأحرف العادية وأرسله مجددًا؛ نصك محفوظ.",
        .noSentences: "تعليقك غير مقسّم إلى جمل. أضف علامات الترقيم وأرسله مجددًا؛ نصك محفوظ.",
        .foreignLanguage: "تُكتب التعليقات في هذه النسخة باللغة العربية. يرجى الكتابة بالعربية؛ نصك محفوظ.",
    ], profanityFormat: "يحتوي تعليقك على ألفاظ بذيئة: %@. أعد صياغته وأرسله مجددًا.",
       linksFormat: "تُنشر الروابط إلى مواقع أخرى (%@) بعد مراجعة أحد المشرفين.",
       floodOverRate: "تنشر رسائل كثيرة جدًا في هذا النقاش خلال وقت قصير. انتظر قليلًا واكتب تعليقًا واحدًا مدروسًا.",
       advertContact: "تُنشر الإعلانات التي تتضمن رقمًا أو عنوانًا للتواصل مع المعلن بعد مراجعة أحد المشرفين.")

    /// The catalogue for an edition language, English when there is none for it.
    public static func catalog(for language: String) -> Catalog {
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        if base == "ru" { return russian }
        if base == "ar" { return arabic }
        if base == "en" || base.isEmpty { return english }
        // Other editions: English texts, but the foreign-language message names the edition's language.
        var texts = english.texts
        let name = Locale(identifier: "en").localizedString(forLanguageCode: base) ?? base
        texts[.foreignLanguage] = "Comments in this edition must be written in \(name). Please post in \(name); your text has been kept."
        return Catalog(language: base, texts: texts, profanityFormat: english.profanityFormat,
                       linksFormat: english.linksFormat, floodOverRate: english.floodOverRate,
                       advertContact: english.advertContact)
    }

    /// A rule's message in the edition's language (English fallback).
    public static func text(for rule: Rule, language: String) -> String { catalog(for: language).text(for: rule) }
}
