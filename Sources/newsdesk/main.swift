import Newsdesk

NewsdeskMain.runTasksOnEventLoops()
try await NewsdeskMain.run()
