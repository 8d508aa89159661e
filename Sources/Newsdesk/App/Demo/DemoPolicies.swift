/// The first versions of the privacy policy and the community standards. Editors publish new versions later;
/// members' consent records which version they accepted.
enum DemoPolicies {
    static let privacyEnglish = """
    Newsdesk keeps only what it needs to run your account and the discussions.

    ## What we store
    - Your e-mail address, your display name, a hash of your password (never the password itself) and, if you add one, your avatar.
    - The comments you post, with the time, and the decisions moderators take about them.
    - The version of this policy you accepted and when.
    - Technical records needed for security: sign-in sessions and failed log-in attempts, kept for a short time.

    ## What we do not do
    We do not sell or share your data, we show no third-party advertising, and our pages load no third-party scripts or trackers.

    ## Your choices
    You can change your name, address, password and avatar in your account settings. You can delete your account at any time:
    it is disabled at once and can be restored for 30 days through the link we e-mail you; after that it is erased for good.

    ## Contact
    Write to privacy@newsdesk.test with any question about your data.
    """

    static let privacyRussian = """
    Newsdesk хранит только то, что нужно для работы вашей учётной записи и обсуждений.

    ## Что мы храним
    - Адрес электронной почты, отображаемое имя, хеш пароля (но не сам пароль) и, если вы его добавили, аватар.
    - Ваши комментарии со временем публикации и решения модераторов по ним.
    - Версию этой политики, которую вы приняли, и время согласия.
    - Технические записи для безопасности: сеансы входа и неудачные попытки входа, которые хранятся недолго.

    ## Чего мы не делаем
    Мы не продаём и не передаём ваши данные, не показываем стороннюю рекламу, и наши страницы не загружают сторонние скрипты и трекеры.

    ## Ваш выбор
    Имя, адрес, пароль и аватар можно изменить в настройках. Учётную запись можно удалить в любой момент: она сразу отключается,
    а в течение 30 дней её можно восстановить по ссылке из письма; после этого она удаляется навсегда.
    """

    static let standardsEnglish = """
    By registering, a member accepts these standards. Comments must follow the law, be civil to other members, readers and the
    people an article is about, and stay on the article's subject. Our moderation engine checks every comment against each rule
    and tells you which rule a held or rejected comment broke; moderators decide what the engine cannot.

    ## A comment is not published when it
    - has nothing to do with the article or the discussion under it;
    - promotes hatred or discrimination by race, ethnicity, sex, sexual orientation, religion or social group;
    - harms or sexualises minors in any way;
    - carries extremist ideas or calls for illegal acts;
    - insults or threatens members, people or organisations, or attacks their dignity or business reputation;
    - insults the publication itself;
    - publishes other people's personal data (addresses, phone numbers, card or document numbers) or private correspondence;
    - describes violence or cruelty to animals, or methods of suicide;
    - advertises, pursues commercial aims or links to other sites (links to some trusted sites are allowed);
    - contains obscene language, including masked spellings;
    - is spam, advertises mass mailing or get-rich-quick schemes, or links to malicious software;
    - promotes narcotic or psychotropic substances;
    - is one of many near-identical comments posted by different accounts, or floods a discussion;
    - is aggressive, humiliating or abusive towards others (trolling);
    - is written mostly in capital letters, is not broken into sentences, or is not in the edition's language.

    ## Sanctions
    Moderators may edit or delete any comment; an edited comment says so. They may block a member who breaks the rules. A blocked
    member can still read, and may ask to be unblocked once by explaining what they did and why it broke the rules. A second block
    is permanent.
    """

    static let standardsRussian = """
    Регистрируясь, участник принимает эти правила. Комментарии должны соответствовать закону, быть вежливыми по отношению к другим
    участникам, читателям и героям публикаций и относиться к теме статьи.

    ## Комментарий не будет опубликован, если он
    - не относится к статье или обсуждению;
    - разжигает ненависть или дискриминацию по признаку расы, национальности, пола, ориентации, религии или социальной группы;
    - причиняет вред несовершеннолетним;
    - содержит экстремистские идеи или призывы к противоправным действиям;
    - содержит оскорбления или угрозы, задевает честь, достоинство или деловую репутацию;
    - оскорбляет издание;
    - раскрывает персональные данные третьих лиц или частную переписку;
    - описывает насилие, жестокость к животным или способы самоубийства;
    - содержит рекламу или ссылки на сторонние ресурсы, нецензурную лексику, спам или ссылки на вредоносные программы;
    - пропагандирует наркотические и психотропные вещества;
    - является одним из множества одинаковых комментариев от разных аккаунтов или флудом;
    - агрессивен и унижает собеседников (троллинг);
    - написан в основном заглавными буквами, не разбит на предложения или написан не на языке версии сайта.

    ## Санкции
    Модераторы могут редактировать и удалять комментарии и блокировать нарушителей. Заблокированный участник может один раз
    попросить о разблокировке; повторная блокировка — бессрочная.
    """
}
