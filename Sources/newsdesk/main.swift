import Newsdesk

try await NewsdeskMain.run()
