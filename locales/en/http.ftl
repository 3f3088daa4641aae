error-bad_request = The request could not be understood.
error-bad_path = The address has an invalid { $name }.
error-bad_query = The address parameters are invalid: { $detail }
error-method_not_allowed = This address does not accept this kind of request.
error-too_many_requests = Too many requests. Try again in a moment.
error-bad_origin = This connection came from another site and was refused.
error-database_unavailable = The database is not answering right now. Try again in a moment.
