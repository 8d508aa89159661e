import Foundation

/// The words of the interface, per language. One place, so that a new edition language is one new table.
struct UIStrings: Sendable, Encodable {
    let allNews: String
    let multimedia: String
    let recommended: String
    let latestNews: String
    let topStory: String
    let related: String
    let tags: String
    let views: String
    let comments: String
    let getShortURL: String
    let copy: String
    let copied: String
    let share: String
    let updated: String
    let by: String
    let published: String
    let olderNews: String
    let newerStart: String
    let notFoundTitle: String
    let notFoundText: String
    let backHome: String
    let galleryPhoto: String
    let previous: String
    let next: String
    let editions: String
    let readMore: String
    let minutesRead: String
    let sections: String
    let noArticles: String
    let skipToContent: String
    let photos: String
    let register: String
    let logIn: String
    let logOut: String
    let hello: String
    let account: String

    static func `for`(language: String) -> UIStrings {
        language.hasPrefix("ru") ? .russian : .english
    }

    static let english = UIStrings(
        allNews: "All news", multimedia: "Multimedia", recommended: "Recommended", latestNews: "Latest news",
        topStory: "Top story", related: "Related", tags: "Tags", views: "views", comments: "comments",
        getShortURL: "Get short URL", copy: "Copy", copied: "Copied", share: "Share", updated: "Updated",
        by: "By", published: "Published", olderNews: "Older news", newerStart: "Back to the newest",
        notFoundTitle: "Page not found", notFoundText: "The page you asked for does not exist or is no longer available.",
        backHome: "Go to the front page", galleryPhoto: "Photo", previous: "Previous", next: "Next",
        editions: "Editions", readMore: "Read more", minutesRead: "min read", sections: "Sections",
        noArticles: "No articles yet.", skipToContent: "Skip to content", photos: "photos",
        register: "Register", logIn: "Log in", logOut: "Log out", hello: "Hello, %@!", account: "Account"
    )

    static let russian = UIStrings(
        allNews: "Все новости", multimedia: "Мультимедиа", recommended: "Рекомендуем", latestNews: "Последние новости",
        topStory: "Главное", related: "По теме", tags: "Теги", views: "просмотров", comments: "комментариев",
        getShortURL: "Короткая ссылка", copy: "Копировать", copied: "Скопировано", share: "Поделиться",
        updated: "Обновлено", by: "Автор:", published: "Опубликовано", olderNews: "Более ранние новости",
        newerStart: "К самым свежим", notFoundTitle: "Страница не найдена",
        notFoundText: "Запрошенной страницы не существует или она больше недоступна.", backHome: "На главную",
        galleryPhoto: "Фото", previous: "Назад", next: "Вперёд", editions: "Версии", readMore: "Читать далее",
        minutesRead: "мин чтения", sections: "Разделы", noArticles: "Пока нет материалов.",
        skipToContent: "Перейти к содержанию", photos: "фото",
        register: "Регистрация", logIn: "Войти", logOut: "Выйти", hello: "Здравствуйте, %@!", account: "Профиль"
    )
}
