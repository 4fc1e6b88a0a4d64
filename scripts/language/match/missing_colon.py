command = "go"
match command  # expect error: expected ':'
    case "go":
        pass
