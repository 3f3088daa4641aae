# Shared value checks of the kernel: amounts of money, pagination, regions.
money-invalid = Введите сумму цифрами, например: 15 000 или 15 000,50.
page-invalid-page = Номер страницы должен быть целым числом от 1 до { $max }.
page-invalid-per-page = Число записей на странице должно быть от 1 до { $max }.
region-unknown = Такого региона нет. Выберите из списка.
district-unknown = Этот район не относится к выбранному региону.
