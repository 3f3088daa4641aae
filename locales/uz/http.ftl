error-bad_request = Soʻrovni tushunib boʻlmadi.
error-bad_path = Manzildagi { $name } notoʻgʻri.
error-bad_query = Manzil parametrlari notoʻgʻri: { $detail }
error-method_not_allowed = Bu manzil bunday soʻrovni qabul qilmaydi.
error-too_many_requests = Soʻrovlar juda koʻp. Birozdan keyin qayta urinib koʻring.
error-bad_origin = Bu ulanish boshqa saytdan kelgan, shuning uchun rad etildi.
error-database_unavailable = Maʼlumotlar bazasi hozir javob bermayapti. Birozdan keyin qayta urinib koʻring.
