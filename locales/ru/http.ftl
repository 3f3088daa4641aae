error-bad_request = Не удалось понять запрос.
error-bad_path = Неверный параметр адреса: { $name }.
error-bad_query = Неверные параметры адреса: { $detail }
error-method_not_allowed = Этот адрес не принимает такой запрос.
error-too_many_requests = Слишком много запросов. Попробуйте чуть позже.
error-bad_origin = Подключение пришло с другого сайта и отклонено.
error-database_unavailable = База данных сейчас не отвечает. Попробуйте чуть позже.
