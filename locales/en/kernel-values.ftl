# Shared value checks of the kernel: amounts of money, pagination, regions.
money-invalid = Enter the amount in digits, for example 15,000 or 15,000.50.
page-invalid-page = The page number must be a whole number from 1 to { $max }.
page-invalid-per-page = Items per page must be from 1 to { $max }.
region-unknown = There is no such region. Choose one from the list.
district-unknown = This district is not in the chosen region.
