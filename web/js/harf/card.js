// The letter card page: its activities are added by the modules beside this file.
