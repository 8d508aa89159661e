import Newsdesk
