import Fluent
import Foundation
import Logging

/// Runs the site's due jobs on this node: claims a batch, runs each, and records the outcome.
enum JobRunner {
    @discardableResult
    static func runDue(_ services: AppServices, on db: any Database, logger: Logger) async throws -> Int {
        let queue = services.jobs
        let claimed = try await queue.claim(limit: 20, on: db)
        for job in claimed {
            do {
                switch JobQueue.Kind(rawValue: job.kind) {
                case .publishArticle:
                    if try await services.newsroom.releaseIfDue(articleID: job.subjectID, on: db) {
                        logger.info("scheduled article published", metadata: ["article": "\(job.subjectID)"])
                    }
                case nil:
                    throw JobError.unknownKind(job.kind)
                }
                try await queue.finish(job, on: db)
            } catch {
                logger.error("job failed", metadata: ["job": "\(job.id)", "kind": "\(job.kind)", "error": "\(String(reflecting: error))"])
                try await queue.fail(job, error: String(describing: error), on: db)
            }
        }
        return claimed.count
    }

    enum JobError: Error { case unknownKind(String) }
}

extension AppServices {
    var jobs: JobQueue { JobQueue(clock: clock) }

    /// Shares the avatar service's image tool, so all picture work on a node has one concurrency cap.
    var mediaLibrary: MediaLibrary { MediaLibrary(store: media, images: avatars.images, clock: clock) }

    /// Built from the services configure made; it holds nothing of its own.
    var newsroom: NewsroomService {
        NewsroomService(clock: clock, articles: articles, editions: editions, jobs: jobs, cache: pageCache, live: liveBlogs)
    }
}
